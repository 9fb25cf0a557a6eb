package org.empathylint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.empathylint.FindingCategory;
import org.junit.jupiter.api.Test;

/** Records that break the JSON parser's limits, the text limit, UTF-8 or the JVM still get their line. */
class BatchRecordLimitsTest {
  private static final String GOOD = "{\"id\":\"b\",\"lang\":\"nl\",\"text\":\"Geachte klant\"}";
  private final FakeChecker checker = new FakeChecker(Map.of("klant", FindingCategory.IMPERSONAL_ADDRESS));

  @Test
  void aNumberBeyondTheParsersLimitIsAnErrorLineAndLaterRecordsAreChecked() {
    String input = "{\"id\":\"a\",\"lang\":\"nl\",\"text\":\"x\",\"n\":" + "1".repeat(1001) + "}\n" + GOOD + "\n";

    CliRun run = CliRun.run(checker, input, "batch");

    List<String> lines = run.out.lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("{\"id\":\"a\",\"line\":1,\"error\":\"invalid JSON")
        .contains("Number value length");
    assertThat(lines.get(1)).startsWith("{\"id\":\"b\",\"matches\":[{");
    assertThat(run.exitCode).isEqualTo(1);
  }

  @Test
  void nestingBeyondTheParsersLimitIsAnErrorLine() {
    String input = "{\"id\":\"a\",\"x\":" + "[".repeat(1500) + "]".repeat(1500) + "}\n" + GOOD + "\n";

    CliRun run = CliRun.run(checker, input, "batch");

    assertThat(run.out.lines().toList()).satisfiesExactly(
        first -> assertThat(first).startsWith("{\"id\":\"a\",\"line\":1,\"error\":\"invalid JSON").contains("depth"),
        second -> assertThat(second).startsWith("{\"id\":\"b\",\"matches\""));
    assertThat(run.exitCode).isEqualTo(1);
  }

  @Test
  void aLineLongerThanTheLimitAllowsIsAnErrorLineWithoutBeingRead() {
    String huge = "{\"id\":\"a\",\"lang\":\"nl\",\"text\":\"" + "x".repeat(BatchRunner.maxLineBytes(10) + 5) + "\"}";

    CliRun run = CliRun.run(checker, huge + "\n" + GOOD + "\n", "batch", "--max-text-length", "10");

    assertThat(run.out.lines().toList()).containsExactly(
        "{\"id\":null,\"line\":1,\"error\":\"the line is longer than " + BatchRunner.maxLineBytes(10)
            + " bytes (see --max-text-length)\"}",
        "{\"id\":\"b\",\"line\":2,\"error\":\"\\\"text\\\" is 13 characters long, more than --max-text-length 10\"}");
    assertThat(run.exitCode).isEqualTo(1);
  }

  @Test
  void textsAndCustomerMessagesLongerThanTheLimitAreErrorLines() {
    String input = "{\"id\":\"t\",\"lang\":\"nl\",\"text\":\"" + "a".repeat(50_001) + "\"}\n"
        + "{\"id\":\"c\",\"lang\":\"nl\",\"text\":\"Hoi\",\"customer\":\"" + "a".repeat(50_001) + "\"}\n"
        + "{\"id\":\"ok\",\"lang\":\"nl\",\"text\":\"" + "a".repeat(50_000) + "\"}\n";

    CliRun run = CliRun.run(checker, input, "batch");

    assertThat(run.out.lines().toList()).containsExactly(
        "{\"id\":\"t\",\"line\":1,\"error\":\"\\\"text\\\" is 50001 characters long, more than --max-text-length 50000\"}",
        "{\"id\":\"c\",\"line\":2,\"error\":\"\\\"customer\\\" is 50001 characters long, more than --max-text-length 50000\"}",
        "{\"id\":\"ok\",\"matches\":[]}");
    assertThat(run.exitCode).isEqualTo(1);
  }

  @Test
  void anOutOfMemoryErrorFailsOnlyItsRecord() {
    DraftChecker greedy = (language, draft) -> {
      if (draft.text().equals("greedy")) {
        throw new OutOfMemoryError("Java heap space");
      }
      return checker.check(language, draft);
    };
    String input = "{\"id\":\"a\",\"lang\":\"nl\",\"text\":\"greedy\"}\n" + GOOD + "\n" + GOOD + "\n";

    CliRun run = CliRun.run(greedy, input, "batch", "--threads", "2");

    assertThat(run.out.lines().toList()).hasSize(3).first().asString()
        .startsWith("{\"id\":\"a\",\"line\":1,\"error\":\"check failed: out of memory");
    assertThat(run.exitCode).isEqualTo(1);
  }

  @Test
  void anyErrorOfTheJvmFailsOnlyItsRecord() {
    DraftChecker broken = (language, draft) -> {
      throw new AssertionError("unexpected");
    };

    CliRun run = CliRun.run(broken, GOOD + "\n" + GOOD + "\n", "batch");

    assertThat(run.out.lines().toList()).containsExactly(
        "{\"id\":\"b\",\"line\":1,\"error\":\"check failed: java.lang.AssertionError: unexpected\"}",
        "{\"id\":\"b\",\"line\":2,\"error\":\"check failed: java.lang.AssertionError: unexpected\"}");
    assertThat(run.exitCode).isEqualTo(1);
  }

  @Test
  void aByteOrderMarkAtTheStartOfTheInputOrOfALineIsIgnored() {
    CliRun run = CliRun.run(checker, "\uFEFF" + GOOD + "\r\n" + GOOD + "\n\uFEFF" + GOOD + "\n", "batch");

    assertThat(run.out.lines().toList()).hasSize(3).allMatch(line -> line.startsWith("{\"id\":\"b\",\"matches\":[{"));
    assertThat(run.exitCode).isZero();
  }

  @Test
  void aLineThatIsNotUtf8IsAnErrorLineNotReadWithReplacementCharacters() {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes("{\"id\":\"a\",\"lang\":\"nl\",\"text\":\"caf".getBytes(StandardCharsets.UTF_8));
    input.write(0xE9); // Latin-1 é, the 34th byte
    input.writeBytes(("\"}\n" + GOOD + "\n").getBytes(StandardCharsets.UTF_8));

    CliRun run = CliRun.run(checker, input.toByteArray(), "batch");

    List<String> lines = run.out.lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).isEqualTo("{\"id\":null,\"line\":1,\"error\":\"not UTF-8 text (at byte 34 of the line)\"}");
    assertThat(lines.get(1)).startsWith("{\"id\":\"b\",\"matches\":[{");
    assertThat(run.exitCode).isEqualTo(1);
  }
}
