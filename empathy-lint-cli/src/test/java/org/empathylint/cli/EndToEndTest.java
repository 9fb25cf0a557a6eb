package org.empathylint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands on the real linter and the real rule packs (a few seconds: LanguageTool loads). */
class EndToEndTest {
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final String ZENDESK_OVERLAY = """
      language: nl
      category: PROCESS_JARGON
      rules:
        - id: ACME_JARGON_ZENDESK
          phrase: "[zendesk]"
          message: "De klant kent onze systemen niet."
          suggestions: ["ons systeem"]
          examples:
            bad: ["Uw vraag staat in <<Zendesk>>."]
      """;

  private static CliRun run(String stdin, String... args) {
    return CliRun.runWithFactory(LinterChecker::new, stdin, args);
  }

  @Test
  void checkFindsTheTextbookCasesInTheDutchExample() {
    CliRun run = run("", "check", "--lang", "nl", "--customer", EXAMPLES.resolve("nl-customer.txt").toString(),
        EXAMPLES.resolve("nl-draft.txt").toString());

    assertThat(run.exitCode).isZero();
    assertThat(run.err).isEmpty();
    List<String> lines = run.out.lines().toList();
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("1:1  suggestion  IMPERSONAL_ADDRESS  ")
        .contains("\"Geachte klant\"  -> "));
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("5:1  suggestion  FORMAL_WORDING  ")
        .contains("\"Indien\"  -> Als"));
    assertThat(lines.get(lines.size() - 1)).isEqualTo((lines.size() - 1) + " findings");
  }

  @Test
  void batchChecksBothLanguagesInOrder() throws IOException {
    CliRun run = run(Files.readString(EXAMPLES.resolve("batch.jsonl")), "batch");

    assertThat(run.exitCode).isZero();
    List<String> lines = run.out.lines().toList();
    assertThat(lines).hasSize(5);
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines.get(0));
    assertThat(first.get("id").asText()).isEqualTo("nl-1");
    assertThat(first.get("matches")).anySatisfy(match ->
        assertThat(match.at("/rule/category/id").asText()).isEqualTo("IMPERSONAL_ADDRESS"));
    JsonNode danish = json.readTree(lines.get(3));
    assertThat(danish.get("id").asText()).isEqualTo("da-1");
    assertThat(danish.get("matches")).anySatisfy(match ->
        assertThat(match.at("/rule/category/id").asText()).isEqualTo("COLD_PHRASE"));
  }

  @Test
  void unknownLanguageIsAUsageErrorWithTheAvailableOnes() {
    CliRun run = run("Hallo", "check", "--lang", "fr");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("empathy-lint: unknown language 'fr'").contains("da", "nl").hasLineCount(1);
  }

  @Test
  void brokenOverlayIsExitFourWithFileLineAndColumn(@TempDir Path dir) throws IOException {
    Path overlay = Files.writeString(dir.resolve("acme.yaml"), "rules:\n  - id: [unclosed\n");

    CliRun run = run("Hallo", "check", "--lang", "nl", "--rules", overlay.toString());

    assertThat(run.exitCode).isEqualTo(4);
    assertThat(run.err).matches("empathy-lint: " + Pattern.quote(overlay.toString())
        + ":\\d+:\\d+: .+\n");
  }

  @Test
  void everyLanguageCodeOfAPackChecksWithThatPack() {
    String dutch = "Geachte klant,\n\nUw ticket is geëscaleerd.\n";
    String danish = "Kære kunde,\n\nDin sag er eskaleret.\n";
    CliRun nl = run(dutch, "check", "--lang", "nl", "--format", "json");
    assertThat(nl.out).contains("\"matches\":[{");
    for (String code : List.of("nl-NL", "nl-BE", "NL-be")) {
      CliRun run = run(dutch, "check", "--lang", code, "--format", "json");
      assertThat(run.exitCode).as(code).isZero();
      assertThat(run.out).as(code).isEqualTo(nl.out);
    }
    CliRun da = run(danish, "check", "--lang", "da", "--format", "json");
    assertThat(da.out).contains("\"matches\":[{");
    assertThat(run(danish, "check", "--lang", "DA-dk", "--format", "json").out).isEqualTo(da.out);

    String batch = """
        {"id": "1", "lang": "nl-BE", "text": "Geachte klant,\\n\\nUw ticket is geëscaleerd.\\n"}
        {"id": "2", "lang": "da-DK", "text": "Kære kunde,\\n\\nDin sag er eskaleret.\\n"}
        {"id": "3", "lang": "nl-SR", "text": "Hallo"}
        """;
    List<String> lines = run(batch, "batch").out.lines().toList();
    assertThat(lines.get(0)).startsWith("{\"id\":\"1\",\"matches\":[{");
    assertThat(lines.get(1)).startsWith("{\"id\":\"2\",\"matches\":[{");
    assertThat(lines.get(2)).isEqualTo("{\"id\":\"3\",\"line\":3,\"error\":\"unknown language 'nl-SR'"
        + " (available: da, da-DK, nl, nl-NL, nl-BE)\"}");
  }

  @Test
  void rulesMayBeGivenRepeatedlyAndTheirWarningsArePrinted(@TempDir Path dir) throws IOException {
    Path zendesk = Files.writeString(dir.resolve("acme.yaml"), ZENDESK_OVERLAY);
    Path reeds = Files.writeString(dir.resolve("acme-formal.yaml"), """
        language: nl
        category: FORMAL_WORDING
        rules:
          - id: NL_FORMAL_REEDS
            phrase: "[reeds]"
            message: "'{flagged}' is formeel. Schrijf 'al'."
            suggestions: [al]
            examples:
              bad: ["Ik heb het <<reeds>> gestuurd."]
        """);

    CliRun run = run("Beste Anouk,\n\nUw vraag staat in Zendesk. Ik heb het reeds gestuurd.\n",
        "check", "--lang", "nl", "--format", "json", "--rules", zendesk.toString(), "--rules", reeds.toString());

    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("ACME_JARGON_ZENDESK", "NL_FORMAL_REEDS");
    assertThat(run.err).matches("empathy-lint: " + Pattern.quote(reeds.toString()) + ":4:5: warning: rule"
        + " NL_FORMAL_REEDS replaces the pack's entry NL_FORMAL_REEDS \\(org/empathylint/rules/nl/[a-z-]+\\.yaml:\\d+:\\d+\\);"
        + " write 'replace: true' in it to say that is meant, or give it an id of its own to add it\n");
  }

  @Test
  void anOverlayExampleThatDoesNotHoldIsExitFour(@TempDir Path dir) throws IOException {
    Path overlay = Files.writeString(dir.resolve("acme.yaml"), """
        category: PROCESS_JARGON
        rules:
          - id: ACME_JARGON_ZENDESK
            phrase: "[zendesk]"
            message: "De klant kent onze systemen niet."
            examples:
              bad: ["Uw vraag staat in <<Zendesk>>."]
              good: ["Ik heb het in Zendesk gezet."]
        """);

    CliRun run = run("Hallo", "check", "--lang", "nl", "--rules", overlay.toString());

    assertThat(run.exitCode).isEqualTo(4);
    assertThat(run.err).isEqualTo("empathy-lint: " + overlay + ":8:14: example does not hold: ACME_JARGON_ZENDESK"
        + " leaves alone: Ik heb het in Zendesk gezet.: expected no ACME_JARGON_ZENDESK but it flagged \"Zendesk\"\n");
  }

  @Test
  void anOverlayForDutchAppliesToTheDutchRecordsOfABatchOnly(@TempDir Path dir) throws IOException {
    Path overlay = Files.writeString(dir.resolve("acme.yaml"), ZENDESK_OVERLAY);
    String input = """
        {"id": "nl", "lang": "nl", "text": "Beste Anouk,\\n\\nUw vraag staat in Zendesk.\\n"}
        {"id": "da", "lang": "da", "text": "Hej Mette,\\n\\nDin sag ligger i Zendesk.\\n"}
        """;

    CliRun run = run(input, "batch", "--rules", overlay.toString());

    assertThat(run.err).isEmpty();
    assertThat(run.exitCode).isZero();
    List<String> lines = run.out.lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("{\"id\":\"nl\",\"matches\":[").contains("ACME_JARGON_ZENDESK");
    assertThat(lines.get(1)).startsWith("{\"id\":\"da\",\"matches\":[").doesNotContain("ACME_JARGON_ZENDESK");
  }

  @Test
  void aRightToLeftMarkAfterEverySpaceHidesNoDutchFinding() throws IOException {
    String draft = Files.readString(EXAMPLES.resolve("nl-draft.txt"));
    String marked = draft.replace(" ", " \u200F");
    String customer = EXAMPLES.resolve("nl-customer.txt").toString();

    CliRun plain = run(draft, "check", "--lang", "nl", "--customer", customer);
    CliRun withMarks = run(marked, "check", "--lang", "nl", "--customer", customer);

    assertThat(plain.out).endsWith(" findings\n");
    assertThat(plain.out.lines().count()).isGreaterThan(5);
    assertThat(lineAndCategory(withMarks.out)).isEqualTo(lineAndCategory(plain.out));
  }

  /** A text report with "LINE CATEGORY" for each finding (columns move with the marks), and its count. */
  private static List<String> lineAndCategory(String report) {
    return report.lines().map(line -> line.split("  "))
        .map(parts -> parts.length == 1 ? parts[0] : parts[0].substring(0, parts[0].indexOf(':')) + " " + parts[1])
        .toList();
  }
}
