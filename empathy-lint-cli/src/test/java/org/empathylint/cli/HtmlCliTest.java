package org.empathylint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code check --html} and batch records with {@code "html": true} on the real packs. */
class HtmlCliTest {
  private static final String GMAIL = "../empathy-lint-core/src/test/resources/drafts/nl-gmail.html";

  /** The real linters, shared with the other tests of this JVM. */
  private static final DraftChecker SHARED =
      (language, draft) -> DraftChecker.Report.of(SharedLinters.get(language).check(draft));

  @Test
  void checkHtmlFlagsTheAgentsWordsAtTheirSourceRange() {
    CliRun run = CliRun.run(SHARED, "", "check", "--lang", "nl", "--html", GMAIL);

    assertThat(run.exitCode).isZero();
    // Positions are in the HTML file; the flagged words are shown without their markup.
    assertThat(run.out).contains("PROCESS_JARGON", "\"geëscaleerd", "IMPERSONAL_ADDRESS")
        .doesNotContain("mevrouw", "goede orde", "<i>");
  }

  @Test
  void withoutHtmlTheTagsAreReadAsText() {
    CliRun run = CliRun.run(SHARED, "", "check", "--lang", "nl", GMAIL);

    assertThat(run.exitCode).isZero();
    assertThat(run.out).doesNotContain("\"geëscaleerd");
  }

  @Test
  void batchRecordsMarkedHtmlAreReadAsHtml() throws Exception {
    String record = "{\"id\": \"h1\", \"lang\": \"nl\", \"html\": true, \"text\": "
        + "\"<p>Geachte klant,</p><p>Uw ticket is ge<i>&euml;</i>scaleerd.</p>"
        + "<blockquote type=\\\"cite\\\">Mijn ticket is weg.<br>Groet, Anouk Smit</blockquote>\"}\n";
    CliRun run = CliRun.run(SHARED, record, "batch");

    assertThat(run.exitCode).isZero();
    JsonNode matches = new ObjectMapper().readTree(run.out.lines().findFirst().orElseThrow()).get("matches");
    assertThat(matches).anySatisfy(m -> {
      assertThat(m.at("/rule/category/id").asText()).isEqualTo("PROCESS_JARGON");
      assertThat(m.get("offset").asInt()).isEqualTo(37);
      assertThat(m.get("length").asInt()).isGreaterThanOrEqualTo("ge<i>&euml;</i>scaleerd".length());
    });
    assertThat(matches).allSatisfy(m -> assertThat(m.get("offset").asInt()).isLessThan(70));
    assertThat(matches).anySatisfy(m -> assertThat(m.at("/replacements/0/value").asText()).contains("Anouk"));
  }
}
