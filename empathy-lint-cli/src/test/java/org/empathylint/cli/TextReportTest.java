package org.empathylint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.empathylint.cli.FakeChecker.finding;

import java.util.List;
import org.empathylint.Finding;
import org.empathylint.FindingCategory;
import org.empathylint.Severity;
import org.junit.jupiter.api.Test;

class TextReportTest {

  @Test
  void oneLinePerFindingWithPositionTextAndSuggestions() {
    String text = "Geachte klant,\n\nIndien u vragen heeft, bel ons.\n";
    String report = TextReport.format(text, List.of(
        finding(FindingCategory.IMPERSONAL_ADDRESS, 0, 13, "Beste mevrouw De Vries"),
        finding(FindingCategory.FORMAL_WORDING, 16, 6, "Als", "Wanneer")), false);

    assertThat(report).isEqualTo("""
        1:1  suggestion  IMPERSONAL_ADDRESS  Message about IMPERSONAL_ADDRESS.  "Geachte klant"  -> Beste mevrouw De Vries
        3:1  suggestion  FORMAL_WORDING  Message about FORMAL_WORDING.  "Indien"  -> Als | Wanneer
        2 findings
        """);
  }

  @Test
  void eachLineShowsTheFindingsSeverity() {
    String text = "Din ticket er eskaleret.";
    String report = TextReport.format(text, List.of(
        new Finding("A", FindingCategory.PROCESS_JARGON, "Skriv om spørgsmålet.", "s", 4, 6, List.of(), Severity.WARNING),
        new Finding("B", FindingCategory.PROCESS_JARGON, "Sig hvem.", "s", 14, 9, List.of(), Severity.HINT)), false);

    assertThat(report).isEqualTo("""
        1:5  warning  PROCESS_JARGON  Skriv om spørgsmålet.  "ticket"
        1:15  hint  PROCESS_JARGON  Sig hvem.  "eskaleret"
        2 findings
        """);
  }

  @Test
  void flaggedTextOverALineBreakStaysOnOneLineAndEmptyPartsAreLeftOut() {
    String text = "Hallo,\nWij hebben\nuw mail ontvangen.";
    String report = TextReport.format(text, List.of(
        finding(FindingCategory.COLD_PHRASE, 7, 18),
        finding(FindingCategory.MISSING_ACKNOWLEDGEMENT, 7, 0)), false);

    assertThat(report).isEqualTo("""
        2:1  suggestion  COLD_PHRASE  Message about COLD_PHRASE.  "Wij hebben\\nuw mail"
        2:1  suggestion  MISSING_ACKNOWLEDGEMENT  Message about MISSING_ACKNOWLEDGEMENT.
        2 findings
        """);
  }

  @Test
  void anHtmlDraftShowsTheFlaggedWordsWithoutMarkup() {
    String html = "<p>Uw melding is ge<i>&euml;</i>scaleerd.</p>";
    int start = html.indexOf("ge<i>");
    String report = TextReport.format(html, List.of(
        finding(FindingCategory.PROCESS_JARGON, start, "ge<i>&euml;</i>scaleerd".length())), true);
    assertThat(report).startsWith("1:18  suggestion  PROCESS_JARGON  Message about PROCESS_JARGON.  \"geëscaleerd\"");
  }

  @Test
  void countUsesSingularForOne() {
    assertThat(TextReport.format("x", List.of(finding(FindingCategory.COLD_PHRASE, 0, 1)), false)).endsWith("\n1 finding\n");
    assertThat(TextReport.format("x", List.of(), false)).isEqualTo("0 findings\n");
  }
}
