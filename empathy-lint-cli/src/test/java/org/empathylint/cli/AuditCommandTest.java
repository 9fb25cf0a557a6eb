package org.empathylint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.empathylint.FindingCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @TempDir
  Path dir;

  @Test
  void auditCountsEqualWhatBatchFindsOnTheSameReplies() throws IOException {
    Path export = export();
    CliRun audit = CliRun.run(null, "", "audit", export.toString(), "--out", dir.resolve("out").toString());
    assertThat(audit.exitCode).as(audit.err).isZero();
    assertThat(audit.err).contains("15 replies audited, 0 skipped");
    JsonNode summary = JSON.readTree(dir.resolve("out/summary.json").toFile());

    CliRun batch = CliRun.runWithFactory(LinterChecker::new, Files.readString(export), "batch");
    assertThat(batch.exitCode).as(batch.err).isZero();
    Map<String, long[]> expected = new TreeMap<>();
    int replies = 0;
    for (String line : batch.out.split("\n")) {
      replies++;
      EnumSet<FindingCategory> seen = EnumSet.noneOf(FindingCategory.class);
      for (JsonNode match : JSON.readTree(line).get("matches")) {
        FindingCategory category = FindingCategory.byId(match.at("/rule/category/id").asText()).orElseThrow();
        long[] counts = expected.computeIfAbsent(category.id(), c -> new long[2]);
        counts[1]++;
        if (seen.add(category)) {
          counts[0]++;
        }
      }
    }
    assertThat(summary.get("replies").asInt()).isEqualTo(replies).isEqualTo(15);
    assertThat(expected).isNotEmpty();
    summary.get("categories").fields().forEachRemaining(entry -> {
      long[] counts = expected.getOrDefault(entry.getKey(), new long[2]);
      assertThat(entry.getValue().get("replies_with").asLong()).as(entry.getKey()).isEqualTo(counts[0]);
      assertThat(entry.getValue().get("findings").asLong()).as(entry.getKey()).isEqualTo(counts[1]);
    });
    int byTeam = 0;
    for (JsonNode team : summary.get("by_team")) {
      byTeam += team.get("replies").asInt();
    }
    assertThat(byTeam).isEqualTo(15);
    assertThat(Files.readString(dir.resolve("out/report.html"))).contains("<svg").contains("Kundeservice DK");
  }

  @Test
  void aMailArchiveNeedsAgents() throws IOException {
    Path mbox = Files.writeString(dir.resolve("sent.mbox"), "From x\nFrom: a@b.example\n\nHallo\n");
    CliRun run = CliRun.run(null, "", "audit", mbox.toString(), "--out", dir.resolve("out").toString());
    assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(run.err).contains("is a mail archive: say who the agents are with --agents");
  }

  @Test
  void aMissingInputOrBadFieldMappingIsAClearError() {
    CliRun missing = CliRun.run(null, "", "audit", dir.resolve("nope.jsonl").toString(), "--out", dir.toString());
    assertThat(missing.exitCode).isEqualTo(ExitCode.INPUT_UNREADABLE);
    assertThat(missing.err).contains("nope.jsonl: no such file or folder");
    CliRun mapping = CliRun.run(null, "", "audit", "x.jsonl", "--field", "body", "--out", dir.toString());
    assertThat(mapping.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(mapping.err).contains("field mapping 'body' is not FIELD=COLUMN");
  }

  /** The first replies of the example export (drafts of examples/ and eval/mirror-*, with agents, teams, dates). */
  private Path export() throws IOException {
    List<String> lines = Files.readAllLines(ROOT.resolve("examples/audit/tickets.jsonl")).subList(0, 15);
    return Files.write(dir.resolve("replies.jsonl"), lines);
  }
}
