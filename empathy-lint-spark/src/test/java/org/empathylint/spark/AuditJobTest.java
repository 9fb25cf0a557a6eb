package org.empathylint.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.empathylint.audit.Audit;
import org.empathylint.audit.AuditListener;
import org.empathylint.audit.Auditor;
import org.empathylint.audit.FieldMapping;
import org.empathylint.audit.JsonLinesReader;
import org.empathylint.audit.SummaryJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static SparkSession spark;

  @TempDir
  Path dir;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder().master("local[2]").appName("empathy-lint audit test")
        .config("spark.ui.enabled", false)
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", 2)
        .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void sparkSummaryEqualsTheCommandLineAuditsOnTheSameInput() throws Exception {
    Path input = export();
    Path out = dir.resolve("out");
    new AuditJob(JobOptions.parse(input.toString(), out.toString())).run(spark);
    JsonNode fromSpark = JSON.readTree(out.resolve("summary.json").toFile());

    JsonNode fromAudit = JSON.readTree(SummaryJson.text(new Audit(Auditor.withDefaults(), 2, AuditListener.NONE)
        .run(List.of(new JsonLinesReader(input, FieldMapping.defaults()))).summary(), false));

    assertThat(fromSpark.get("replies").asInt()).isEqualTo(15);
    assertThat(fromSpark.at("/skipped/count").asInt()).isEqualTo(2);
    // Spark has no line numbers: the skipped records are named by id or position, not line.
    assertThat(fromSpark.at("/skipped/listed").findValuesAsText("reason"))
        .containsExactlyInAnyOrder("invalid JSON", "the reply text is blank");
    assertThat(withoutListedSkipped(fromSpark)).isEqualTo(withoutListedSkipped(fromAudit));

    List<JsonNode> findings = new ArrayList<>();
    try (Stream<Path> parts = Files.list(out.resolve("findings"))) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        for (String line : Files.readAllLines(part)) {
          findings.add(JSON.readTree(line));
        }
      }
    }
    assertThat(findings).hasSize(17);
    assertThat(findings).allSatisfy(line -> assertThat(line.has("text")).isFalse());
    long matches = findings.stream().mapToLong(line -> line.path("findings").size()).sum();
    long counted = 0;
    for (JsonNode category : fromAudit.get("categories")) {
      counted += category.get("findings").asLong();
    }
    assertThat(matches).isEqualTo(counted).isPositive();
  }

  @Test
  void badArgumentsAreRefusedWithTheUsage() {
    assertThatThrownBy(() -> JobOptions.parse("in.jsonl")).hasMessageContaining("usage: AuditJob INPUT OUT");
    assertThatThrownBy(() -> JobOptions.parse("in", "out", "--format", "csv")).hasMessageContaining("json or parquet");
    assertThat(JobOptions.parse("in.parquet", "out").format()).isEqualTo("parquet");
  }

  private static JsonNode withoutListedSkipped(JsonNode summary) {
    ObjectNode copy = summary.deepCopy();
    ((ObjectNode) copy.get("skipped")).remove("listed");
    return copy;
  }

  /** The first replies of the example export, then a line that is not JSON and a record with blank text. */
  private Path export() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(ROOT.resolve("examples/audit/tickets.jsonl")).subList(0, 15));
    lines.add("{\"id\": \"broken\", \"text\": ");
    lines.add("{\"id\": \"blank\", \"text\": \"  \"}");
    return Files.write(dir.resolve("replies.jsonl"), lines);
  }
}
