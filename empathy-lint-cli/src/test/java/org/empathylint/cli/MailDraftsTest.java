package org.empathylint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.empathylint.Draft;
import org.empathylint.Finding;
import org.empathylint.FindingCategory;
import org.empathylint.LintResult;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Realistic mail drafts (core's src/test/resources/drafts) on the real Dutch and Danish packs:
 * the agent's words are flagged at their exact source range (at least the listed words: the packs grow), and nothing from the closing on
 * (signature, quoted customer text with its jargon, cold phrases and "Geachte heer/mevrouw") is.
 */
class MailDraftsTest {
  private static final Path DRAFTS = Path.of("..", "empathy-lint-core", "src", "test", "resources", "drafts");

  static String read(String file) throws IOException {
    return Files.readString(DRAFTS.resolve(file));
  }

  /** A finding as "CATEGORY:words", its source range shown without tags and with entities decoded. */
  static String described(Finding f, String source) {
    String shown = source.substring(f.offset(), f.endOffset()).replaceAll("<[^>]*>", "");
    return f.category().id() + ":" + Parser.unescapeEntities(shown, false).replaceAll("\\s+", " ");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      nl-gmail.html                | nl | Met vriendelijke groet | IMPERSONAL_ADDRESS:Geachte klant ~ PROCESS_JARGON:ticket ~ PROCESS_JARGON:geëscaleerd ~ FORMAL_WORDING:Indien
      nl-outlook.html              | nl | Met vriendelijke groet | IMPERSONAL_ADDRESS:Beste klant ~ COLD_PHRASE:in goede orde ontvangen
      en-outlook-web.html          | nl | id="Signature"         | IMPERSONAL_ADDRESS:Geachte klant ~ PROCESS_JARGON:ticket ~ FORMAL_WORDING:Reeds
      nl-apple-mac.html            | nl | Hoogachtend            | IMPERSONAL_ADDRESS:Geachte relatie ~ FORMAL_WORDING:Indien
      nl-helpdesk-plain-quote.html | nl | Hartelijke groet       |
      da-apple.html                | da | Venlig hilsen          | IMPERSONAL_ADDRESS:Kære kunde ~ PROCESS_JARGON:ticket ~ FORMAL_WORDING:såfremt
      da-thunderbird.html          | da | moz-signature          | IMPERSONAL_ADDRESS:Hej kunde ~ PROCESS_JARGON:ticket ~ COLD_PHRASE:vi beklager ulejligheden
      nl-gmail.txt                 | nl | Met vriendelijke groet | IMPERSONAL_ADDRESS:Geachte klant ~ PROCESS_JARGON:ticket ~ PROCESS_JARGON:geëscaleerd ~ FORMAL_WORDING:Indien
      da-outlook.txt               | da | Med venlig hilsen      | IMPERSONAL_ADDRESS:Kære kunde ~ PROCESS_JARGON:ticket ~ PROCESS_JARGON:eskaleret
      nl-thunderbird-en.txt        | nl | '-- '                  | IMPERSONAL_ADDRESS:Beste klant ~ NEGATIVE_FRAMING:Zoals eerder aangegeven
      """)
  void flagsTheAgentsWordsAndNothingFromTheClosingOn(String file, String lang, String closing, String expected)
      throws IOException {
    String source = read(file);
    Draft draft = Draft.of(source).asHtml(file.endsWith(".html"));
    LintResult result = SharedLinters.get(lang).check(draft);
    int closingStart = source.indexOf(closing);
    assertThat(closingStart).isPositive();
    assertThat(result.findings()).allSatisfy(f -> assertThat(f.endOffset())
        .as("%s", described(f, source)).isLessThanOrEqualTo(closingStart));
    List<String> found = result.findings().stream().map(f -> described(f, source)).toList();
    // The packs grow: a finding may cover more words than listed, but it covers these.
    for (String label : expected == null ? new String[0] : expected.split(" ~ ")) {
      String category = label.substring(0, label.indexOf(':') + 1);
      String words = label.substring(category.length());
      assertThat(found).as(label).anyMatch(f -> f.startsWith(category) && f.contains(words));
    }
  }

  @Test
  void theQuotedCustomerInAnHtmlDraftGivesTheNameAndTheDistress() throws IOException {
    LintResult result = SharedLinters.get("da").check(Draft.html(read("da-apple.html")));

    assertThat(result.findings()).anySatisfy(f -> {
      assertThat(f.category()).isEqualTo(FindingCategory.IMPERSONAL_ADDRESS);
      assertThat(f.suggestions()).contains("Kære Bo Nielsen");
    });
    assertThat(result.findings()).anySatisfy(f -> {
      assertThat(f.category()).isEqualTo(FindingCategory.MISSING_ACKNOWLEDGEMENT);
      assertThat(f.suggestions()).anySatisfy(s -> assertThat(s).contains("ked af at høre"));
    });
  }

  @Test
  void languageToolJsonOffsetsPointIntoTheHtml() throws IOException {
    String html = read("nl-gmail.html");
    LintResult result = SharedLinters.get("nl").check(Draft.html(html));
    JsonNode matches = new ObjectMapper().readTree(result.toLanguageToolJson()).get("matches");

    assertThat(matches).hasSameSizeAs(result.findings());
    int escalated = html.indexOf("ge<i>&euml;</i>scaleerd");
    assertThat(matches).anySatisfy(m -> {
      assertThat(m.get("offset").asInt()).isEqualTo(escalated);
      assertThat(m.get("length").asInt()).isGreaterThanOrEqualTo("ge<i>&euml;</i>scaleerd".length());
    });
  }
}
