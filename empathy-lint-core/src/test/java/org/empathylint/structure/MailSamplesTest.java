package org.empathylint.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Realistic drafts from Gmail, Outlook (desktop and web), Apple Mail, Thunderbird and a helpdesk
 * editor, in src/test/resources/drafts: which words are the agent's, and who the quoted customer is.
 */
class MailSamplesTest {

  static String sample(String name) throws IOException {
    try (InputStream in = MailSamplesTest.class.getResourceAsStream("/drafts/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The non-blank lines of the agent's words, as LanguageTool reads them. */
  private static List<String> agentLines(HtmlDraft draft) {
    StringBuilder words = new StringBuilder();
    for (HtmlPiece piece : draft.pieces()) {
      words.append(piece.lintable() ? piece.plain() : piece.plain().isBlank() ? piece.plain() : "\n");
    }
    return Arrays.stream(words.toString().split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private static List<String> agentLines(String text, DraftStructure structure) {
    return structure.lintable().stream().flatMap(s -> Arrays.stream(s.of(text).split("\n")))
        .map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      nl-gmail.html               | Geachte klant, ~ Uw ticket is geëscaleerd naar de tweede lijn. Indien u nog vragen heeft, hoor ik het graag. | Anouk Smit    | Mijn ticket is nog steeds niet geëscaleerd
      nl-outlook.html             | Beste klant, ~ Wij hebben uw e-mail in goede orde ontvangen. Uw melding is doorgezet naar de backoffice.          | Daan Bakker   | Zoals eerder aangegeven is mijn ticket
      en-outlook-web.html         | Geachte klant, ~ Uw ticket is opgelost. Reeds gisteren is de monteur langs geweest.                              | Lotte Visser  | Ik zit al drie dagen zonder internet.
      nl-apple-mac.html           | Geachte relatie, ~ Daar kunnen wij niets aan doen. Indien u wilt, kunt u het pakket retourneren.                 | Femke de Boer | Ik ben ten einde raad.
      nl-helpdesk-plain-quote.html| Hallo Anouk, ~ Wat vervelend dat uw pakket niet is aangekomen. Ik heb een nieuw pakket voor u klaargezet. ~ Het wordt morgen bezorgd ~ U hoeft niets te doen | Anouk Smit | Indien dit zo doorgaat
      da-apple.html               | Kære kunde ~ Vi har modtaget din henvendelse. Din ticket er eskaleret til 2nd level, og såfremt du har spørgsmål, må du skrive igen. | Bo Nielsen | Min far døde i sidste måned
      da-thunderbird.html         | Hej kunde ~ Tak for din besked. Din ticket er nu lukket, og vi beklager ulejligheden.                              | Ida Schmidt   | Jeg har fremsendt min ticket to gange
      """)
  void htmlDraftsKeepOnlyTheAgentsWords(String file, String agent, String author, String quoted)
      throws IOException {
    HtmlDraft draft = HtmlDraft.parse(sample(file));
    assertThat(agentLines(draft)).containsExactly(agent.split(" ~ "));
    assertThat(draft.quoteAuthorName()).contains(author);
    assertThat(draft.quotedMessage()).hasValueSatisfying(m -> assertThat(m).contains(quoted));
    assertThat(draft.quotedMessage().get()).doesNotContain(">", "@", "Van:", "Fra:");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      nl-gmail.txt          | Geachte klant, ~ Uw ticket is geëscaleerd naar de tweede lijn. Indien u nog vragen heeft, hoor ik het graag. | Anouk Smit  | ik ben het zat
      da-outlook.txt        | Kære kunde ~ Vi har modtaget din henvendelse. Din ticket er eskaleret.                                       | Bo Nielsen  | det er ikke vores ansvar
      nl-thunderbird-en.txt | Beste klant, ~ Uw melding is in behandeling genomen. Zoals eerder aangegeven kunnen wij daar niets aan doen.  | Daan Bakker | zeg ik op
      """)
  void plainTextDraftsKeepOnlyTheAgentsWords(String file, String agent, String author, String quoted)
      throws IOException {
    String text = sample(file);
    DraftStructure structure = DraftStructure.parse(text);
    assertThat(agentLines(text, structure)).containsExactly(agent.split(" ~ "));
    assertThat(structure.quoteAuthorName()).contains(author);
    assertThat(structure.quotedMessage()).hasValueSatisfying(m -> assertThat(m).contains(quoted));
  }
}
