package org.empathylint.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditEndToEndTest {
  private static final AgentAddresses AGENTS = new AgentAddresses(List.of(MailFixtures.AGENTS));
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void mboxArchiveIsAuditedIntoSummaryAndReport() throws Exception {
    JsonNode summary = audit(MailReader.mbox(MailFixtures.mbox(dir), AGENTS), false);

    assertThat(summary.get("replies").asInt()).isEqualTo(3);
    assertThat(summary.at("/skipped/count").asInt()).isEqualTo(1);
    assertThat(summary.at("/skipped/listed/0/where").asText()).isEqualTo("sent.mbox message 6");
    assertThat(summary.at("/skipped/listed/0/reason").asText()).isEqualTo("no readable From address");
    // None of the three replies recognises the customer; only the Dutch plain one is a stock formula.
    assertThat(summary.at("/categories/MISSING_ACKNOWLEDGEMENT/replies_with").asInt()).isEqualTo(3);
    assertThat(summary.at("/categories/COLD_PHRASE/replies_with").asInt()).isEqualTo(1);
    assertThat(summary.at("/categories/IMPERSONAL_ADDRESS/replies_with").asInt()).isEqualTo(1);
    assertThat(summary.at("/categories/FORMAL_WORDING/replies_with").asInt()).isEqualTo(2);
    assertThat(fieldNames(summary.get("by_agent")))
        .containsExactly("bram@klantenservice.example", "mikkel@da.klantenservice.example");
    assertThat(summary.at("/by_agent/bram@klantenservice.example/replies").asInt()).isEqualTo(2);
    assertThat(fieldNames(summary.get("by_month"))).containsExactly("2026-03", "2026-04");
    assertThat(summary.at("/by_language/nl/replies").asInt()).isEqualTo(2);
    assertThat(summary.at("/by_language/da/replies").asInt()).isEqualTo(1);
    assertThat(summary.at("/top_phrases/COLD_PHRASE/0/phrase").asText())
        .isEqualTo("wij hebben uw e-mail in goede orde ontvangen");
    assertThat(summary.at("/top_phrases/FORMAL_WORDING").findValuesAsText("phrase"))
        .contains("reeds", "middels", "såfremt");
    assertThat(summary.at("/top_phrases/PROCESS_JARGON").findValuesAsText("phrase")).contains("geëscaleerd");

    String report = Files.readString(dir.resolve("out/report.html"));
    assertSelfContained(report);
    assertThat(report).contains("51\u00a0%").contains("100\u00a0%</strong> of our replies never recognise")
        .contains("geëscaleerd").contains("bram@klantenservice.example");
  }

  @Test
  void emlFolderAndJsonLinesExportOfTheSameRepliesGiveTheSameSummary() throws Exception {
    JsonNode fromMbox = audit(MailReader.mbox(MailFixtures.mbox(dir), AGENTS), false);
    JsonNode fromEml = audit(MailReader.of(MailFixtures.emlFolder(dir), AGENTS), false);
    JsonNode fromJsonl = audit(new JsonLinesReader(jsonlOf(MailFixtures.mbox(dir)), FieldMapping.defaults()), false);

    assertThat(withoutSkipped(fromEml)).isEqualTo(withoutSkipped(fromMbox));
    assertThat(withoutSkipped(fromJsonl)).isEqualTo(withoutSkipped(fromMbox));
    assertThat(fromEml.at("/skipped/listed/0/where").asText()).isEqualTo("mail/2026/006.eml");
    assertThat(fromJsonl.at("/skipped/count").asInt()).isZero();
  }

  @Test
  void pseudonymisedOutputNamesNoAgentCustomerOrAddress() throws Exception {
    JsonNode summary = audit(MailReader.mbox(MailFixtures.mbox(dir), AGENTS), true);
    assertThat(fieldNames(summary.get("by_agent"))).containsExactly("Agent 1", "Agent 2");
    String report = Files.readString(dir.resolve("out/report.html"));
    String json = Files.readString(dir.resolve("out/summary.json"));
    for (String personal : List.of("bram@", "mikkel@", "Bram", "Jansen", "Mikkel", "Piet", "Line")) {
      assertThat(report).as(personal).doesNotContain(personal);
      assertThat(json).as(personal).doesNotContain(personal);
    }
    assertThat(report).contains("Agent 1").contains("[name]");
  }

  @Test
  void replyTextIsEscapedInTheReport() throws Exception {
    Path export = dir.resolve("x.jsonl");
    ObjectNode record = JSON.createObjectNode()
        .put("id", "x1").put("lang", "nl")
        .put("text", "Geachte klant,\n\nUw ticket <script>alert(1)</script> is reeds verwerkt.\n\nMet vriendelijke groet,\nTeam");
    Files.writeString(export, JSON.writeValueAsString(record) + "\n");
    audit(new JsonLinesReader(export, FieldMapping.defaults()), false);
    String report = Files.readString(dir.resolve("out/report.html"));
    assertSelfContained(report);
    assertThat(report).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("<mark");
  }

  private JsonNode audit(ReplyReader reader, boolean pseudonymise) throws Exception {
    AuditResult result = new Audit(SharedAuditor.AUDITOR, 2, AuditListener.NONE).run(List.of(reader));
    result.writeTo(dir.resolve("out"), pseudonymise);
    return JSON.readTree(dir.resolve("out/summary.json").toFile());
  }

  /** The replies the mbox reader finds, as a JSON Lines export with every field filled in. */
  private Path jsonlOf(Path mbox) throws IOException, InterruptedException {
    CollectingSink sink = new CollectingSink();
    MailReader.mbox(mbox, AGENTS).read(sink, ReplyReader.ByteProgress.NONE);
    StringBuilder jsonl = new StringBuilder();
    for (Reply r : sink.replies) {
      jsonl.append(JSON.writeValueAsString(JSON.createObjectNode()
          .put("id", r.id()).put("text", r.text()).put("html", r.html()).put("customer", r.customer())
          .put("agent", r.agent()).put("date", r.date().toString()))).append('\n');
    }
    Path file = dir.resolve("replies.jsonl");
    Files.writeString(file, jsonl);
    return file;
  }

  private static JsonNode withoutSkipped(JsonNode summary) {
    ObjectNode copy = summary.deepCopy();
    copy.remove("skipped");
    return copy;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** Opens offline: no script, and nothing fetched (stylesheets, images, fonts). */
  static void assertSelfContained(String report) {
    assertThat(report).doesNotContainIgnoringCase("<script").doesNotContain("src=").doesNotContain("<link")
        .doesNotContain("@import").doesNotContain("@font-face")
        .doesNotContainPattern("url\\((?!#)"); // only references inside the page (SVG clip paths)
    assertThat(report.split("<svg", -1)).hasSizeGreaterThanOrEqualTo(3);
  }
}
