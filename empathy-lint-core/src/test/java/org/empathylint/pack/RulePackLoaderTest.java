package org.empathylint.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.empathylint.FindingCategory;
import org.empathylint.RulePackException;
import org.empathylint.Severity;
import org.junit.jupiter.api.Test;

class RulePackLoaderTest {
  private static final String GOOD_FILE = """
      category: PROCESS_JARGON
      name: Intern fagjargon
      rules:
        - id: DA_TEST_TICKET
          phrase: "[ticket]"
          message: Skriv om kundens spørgsmål.
          suggestions: [dit spørgsmål]
          severity: warning
          examples:
            bad: ["Jeg har oprettet en <<ticket>>."]
            good: ["Din e-ticket ligger i appen."]
      """;

  private static RulePackLoader.PackFile read(String yaml) {
    return RulePackLoader.readPackFile("test.yaml", new StringReader(yaml), RulePacks.wordTokenizer("da"));
  }

  private static RulePack pack(String yaml) {
    RulePackLoader.PackFile file = read(yaml);
    return new RulePack("da", java.util.Map.of(file.category().category(), file.category()), file.entries(), null,
        Set.of(), List.of(), Set.of());
  }

  /** The error for a broken variant of the good file. */
  private static String errorFor(String yaml) {
    RulePackException e = org.junit.jupiter.api.Assertions.assertThrows(RulePackException.class, () -> read(yaml));
    return e.getMessage();
  }

  @Test
  void readsAnEntryWithItsExamples() {
    PackEntry entry = read(GOOD_FILE).entries().get(0);
    assertThat(entry.id()).isEqualTo("DA_TEST_TICKET");
    assertThat(entry.category()).isEqualTo(FindingCategory.PROCESS_JARGON);
    assertThat(entry.severity()).isEqualTo(Severity.WARNING);
    assertThat(entry.shortMessage()).isEqualTo("Intern fagjargon");
    assertThat(entry.bad().get(0).text()).isEqualTo("Jeg har oprettet en ticket.");
    assertThat(entry.bad().get(0).markedText()).isEqualTo("ticket");
    assertThat(entry.good().get(0).isMarked()).isFalse();
    assertThat(entry.source().line()).isEqualTo(4);
  }

  @Test
  void namesFileLineAndColumnOfAnUnknownKey() {
    assertThat(errorFor(GOOD_FILE.replace("suggestions:", "sugestions:")))
        .startsWith("test.yaml:7:5: unknown key 'sugestions' in a rule (expected one of:")
        .contains("suggestions");
  }

  @Test
  void reportsAMissingMessage() {
    assertThat(errorFor(GOOD_FILE.replace("    message: Skriv om kundens spørgsmål.\n", "")))
        .isEqualTo("test.yaml:4:5: rule DA_TEST_TICKET has no 'message'");
  }

  @Test
  void reportsAnExampleThatDoesNotParse() {
    assertThat(errorFor(GOOD_FILE.replace("<<ticket>>", "ticket")))
        .startsWith("test.yaml:10:13: rule DA_TEST_TICKET: example does not parse");
    assertThat(errorFor(GOOD_FILE.replace("\"Din e-ticket", "\"Din <<e-ticket>>")))
        .contains("must not mark words");
  }

  @Test
  void reportsAPatternThatCanNeverMatch() {
    assertThat(errorFor(GOOD_FILE.replace("\"[ticket]\"", "\"[ticket?]\"")))
        .startsWith("test.yaml:5:13: phrase \"[ticket?]\": the marked span");
    assertThat(errorFor(GOOD_FILE.replace("\"[ticket]\"", "\"[ticket.]\"")))
        .contains("can never match: the word 'ticket.' is split by the tokenizer");
  }

  @Test
  void reportsInvalidYamlWithItsPosition() {
    assertThat(errorFor("category: PROCESS_JARGON\nrules: [\n  - id: X\n")).startsWith("test.yaml:").contains("not valid YAML");
  }

  @Test
  void reportsUnknownCategoriesAndBadIds() {
    assertThat(errorFor(GOOD_FILE.replace("PROCESS_JARGON", "JARGON"))).contains("unknown category 'JARGON'");
    assertThat(errorFor(GOOD_FILE.replace("DA_TEST_TICKET", "da-ticket"))).contains("must be upper case");
  }

  @Test
  void overlayAddsSwitchesOffAndRegradesEntries() {
    RulePack pack = pack(GOOD_FILE);
    Overlay overlay = RulePackLoader.readOverlay("acme.yaml", new StringReader("""
        language: da
        category: PROCESS_JARGON
        rules:
          - id: DA_TEST_TICKET
            severity: hint
          - id: ACME_ZENDESK
            phrase: "[zendesk]"
            message: Kunden kender ikke vores værktøjer.
            suggestions: [vores system]
            examples:
              bad: ["Det står i <<Zendesk>>."]
        """), pack);
    RulePack merged = pack.withOverlay(overlay);
    assertThat(merged.entries()).extracting(PackEntry::id).containsExactly("DA_TEST_TICKET", "ACME_ZENDESK");
    assertThat(merged.entry("DA_TEST_TICKET").orElseThrow().severity()).isEqualTo(Severity.HINT);

    Overlay off = RulePackLoader.readOverlay("off.yaml", new StringReader(
        "rules:\n  - id: DA_TEST_TICKET\n    enabled: false\n"), pack);
    assertThat(pack.withOverlay(off).entries()).isEmpty();
  }

  @Test
  void overlayErrorsNameTheOverlay() {
    RulePack pack = pack(GOOD_FILE);
    assertThatThrownBy(() -> RulePackLoader.readOverlay("acme.yaml", new StringReader(
        "rules:\n  - id: ACME_UNKNOWN\n    enabled: false\n"), pack))
        .hasMessageStartingWith("acme.yaml:2:5: rule ACME_UNKNOWN is not in the 'da' pack");
    assertThatThrownBy(() -> RulePackLoader.readOverlay("acme.yaml", new StringReader("language: nl\n"), pack))
        .hasMessageContaining("for language 'nl' but is applied to the 'da' pack");
  }

  @Test
  void restrictingDropsRulesCategoriesAndMildEntries() {
    RulePack pack = pack(GOOD_FILE);
    assertThat(pack.restrictedTo(List.of("DA_TEST_TICKET"), List.of(), Severity.HINT).entries()).isEmpty();
    assertThat(pack.restrictedTo(List.of(), List.of(FindingCategory.PROCESS_JARGON), Severity.HINT).entries()).isEmpty();
    assertThat(pack.restrictedTo(List.of(), List.of(), Severity.WARNING).entries()).hasSize(1);
  }

  @Test
  void rejectsAPlaceholderInASuggestionAtItsPosition() {
    assertThat(errorFor(GOOD_FILE.replace("suggestions: [dit spørgsmål]", "suggestions: [\"tak for din besked om …\"]")))
        .startsWith("test.yaml:7:42: rule DA_TEST_TICKET suggestion 'tak for din besked om …' holds the placeholder '…'");
    assertThat(errorFor(GOOD_FILE.replace("suggestions: [dit spørgsmål]", "suggestions: [\"det, jeg kan gøre, er ...\"]")))
        .contains("holds the placeholder '...'");
    assertThat(errorFor(GOOD_FILE.replace("suggestions: [dit spørgsmål]", "suggestions: [\"Kære {navn}\"]")))
        .startsWith("test.yaml:7:25:").contains("'{navn}'").contains("the only placeholder is {name}");
    assertThat(read(GOOD_FILE.replace("suggestions: [dit spørgsmål]", "suggestions: [\"Kære {name}\"]"))
        .entries().get(0).suggestions()).extracting(Replacement::text).containsExactly("Kære {name}");
  }

  @Test
  void readsReplacementsPerForm() {
    PackEntry entry = read(GOOD_FILE.replace("phrase: \"[ticket]\"", "phrase: \"[(en|din)? ticket|tickets]\"")
        .replace("suggestions: [dit spørgsmål]", "suggestions: [{ticket: spørgsmål, en  Ticket: et spørgsmål, \"*tickets\": spørgsmål}]"))
        .entries().get(0);
    Replacement perForm = entry.suggestions().get(0);
    assertThat(perForm.text()).isNull();
    assertThat(perForm.forFlagged("Ticket")).contains("spørgsmål");
    assertThat(perForm.forFlagged("en\nticket")).contains("et spørgsmål");
    assertThat(perForm.forFlagged("supporttickets")).contains("spørgsmål");
    assertThat(perForm.forFlagged("din ticket")).isEmpty();
    assertThat(perForm.forFlagged("mine tickets")).as("a star stands for letters within one word").isEmpty();
    Replacement placed = new Replacement(null, java.util.Map.of("^vedrørende", "når det gælder", "vedrørende", "om",
        "kære *kunde", "Kære {name}"), entry.source());
    assertThat(placed.forFlagged("Vedrørende", true)).contains("når det gælder");
    assertThat(placed.forFlagged("vedrørende", false)).contains("om");
    assertThat(placed.forFlagged("Kære elkunde", true)).contains("Kære {name}");
    assertThat(placed.forFlagged("Kære kunde")).contains("Kære {name}");
    assertThat(errorFor(GOOD_FILE.replace("suggestions: [dit spørgsmål]", "suggestions: [{ticket: a, Ticket: b}]")))
        .startsWith("test.yaml:7:").contains("the form 'Ticket' is given twice");
  }

  @Test
  void anEntryMayHaveNoReplacementItsMessageIsTheAdvice() {
    assertThat(read(GOOD_FILE.replace("    suggestions: [dit spørgsmål]\n", "")).entries().get(0).suggestions()).isEmpty();
  }

  @Test
  void readsWhereNoReplacementFitsAndWantsAnExampleOfIt() {
    String withContext = GOOD_FILE.replace("    severity: warning\n",
        "    no_suggestions_when: [\"koncert ~3 ticket\"]\n    severity: warning\n");
    assertThat(errorFor(withContext)).startsWith("test.yaml:8:26: rule DA_TEST_TICKET: no_suggestions_when needs a bad"
        + " example that shows it");
    PackEntry entry = read(withContext.replace("bad: [\"Jeg har oprettet en <<ticket>>.\"]",
        "bad: [\"Jeg har oprettet en <<ticket>>.\", {text: \"Din koncert har en <<ticket>>.\", suggestion: \"\"}]"))
        .entries().get(0);
    assertThat(entry.noSuggestionsWhen()).extracting(p -> p.source()).containsExactly("koncert ~3 ticket");
    assertThat(entry.bad().get(1).expectedSuggestion()).contains("");
  }

  @Test
  void readsPhrasesOfTheWholeTextThatCancelAFinding() {
    PackEntry entry = read(GOOD_FILE.replace("    severity: warning\n",
        "    unless_text: [\"koncertbillet\"]\n    severity: warning\n")).entries().get(0);
    assertThat(entry.unlessText()).extracting(p -> p.source()).containsExactly("koncertbillet");
    assertThat(errorFor(GOOD_FILE.replace("    severity: warning\n", "    unless_text: [\"men (\"]\n    severity: warning\n")))
        .startsWith("test.yaml:8:");
  }

  @Test
  void readsPhrasesOfTheNextSentenceThatCancelAFinding() {
    PackEntry entry = read(GOOD_FILE.replace("    severity: warning\n",
        "    unless_next: [\"men|i stedet\"]\n    severity: warning\n")).entries().get(0);
    assertThat(entry.unlessNext()).extracting(p -> p.source()).containsExactly("men|i stedet");
    assertThat(errorFor(GOOD_FILE.replace("    severity: warning\n", "    unless_next: [\"men (\"]\n    severity: warning\n")))
        .startsWith("test.yaml:8:");
  }
}
