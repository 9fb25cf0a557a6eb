package org.empathylint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.empathylint.Draft;
import org.empathylint.FindingCategory;
import org.empathylint.RulePackException;
import org.junit.jupiter.api.Test;

class BatchCommandTest {
  private final FakeChecker checker = new FakeChecker(Map.of("ticket", FindingCategory.PROCESS_JARGON));

  @Test
  void writesOneLinePerRecordWithItsMatches() {
    String input = """
        {"id": "a", "lang": "nl", "text": "Uw ticket is gesloten."}
        {"id": "b", "lang": "da", "text": "Tak for din besked.", "customer": "Hej", "html": false}
        """;

    CliRun run = CliRun.run(checker, input, "batch");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).isEqualTo("""
        {"id":"a","matches":[{"offset":3,"length":6,"rule":{"id":"FAKE_PROCESS_JARGON"}}]}
        {"id":"b","matches":[]}
        """);
  }

  @Test
  void keepsInputOrderWhenALaterRecordFinishesFirst() {
    CountDownLatch secondDone = new CountDownLatch(1);
    DraftChecker slowFirst = (language, draft) -> {
      if (draft.text().equals("first")) {
        await(secondDone); // cannot finish before "second" has
      }
      DraftChecker.Report report = checker.check(language, draft);
      if (draft.text().equals("second")) {
        secondDone.countDown();
      }
      return report;
    };
    String input = """
        {"id": "1", "lang": "nl", "text": "first"}
        {"id": "2", "lang": "nl", "text": "second"}
        {"id": "3", "lang": "nl", "text": "third"}
        """;

    CliRun run = CliRun.run(slowFirst, input, "batch", "--threads", "2");

    assertThat(run.exitCode).isZero();
    assertThat(run.out.lines().map(line -> line.substring(0, 9)).toList())
        .containsExactly("{\"id\":\"1\"", "{\"id\":\"2\"", "{\"id\":\"3\"");
  }

  @Test
  void badRecordsGetErrorLinesWithTheirLineNumbersAndTheRunGoesOn() {
    String input = String.join("\n",
        "{\"id\": \"ok1\", \"lang\": \"nl\", \"text\": \"Hallo\"}",
        "",
        "{\"id\": \"broken\", \"lang\": \"nl\", ",
        "   ",
        "{\"id\": 7, \"lang\": \"nl\", \"text\": \"Hallo\"}",
        "{\"id\": \"blank\", \"lang\": \"nl\", \"text\": \"  \"}",
        "{\"id\": \"notext\", \"lang\": \"nl\"}",
        "{\"id\": \"fr\", \"lang\": \"fr\", \"text\": \"Bonjour\"}",
        "[1, 2]",
        "{\"id\": \"html\", \"lang\": \"da\", \"text\": \"Hej\", \"html\": \"yes\"}",
        "{\"id\": \"ok2\", \"lang\": \"da\", \"text\": \"Hej\"}") + "\n";

    CliRun run = CliRun.run(checker, input, "batch");

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err).isEmpty();
    List<String> lines = run.out.lines().toList();
    assertThat(lines).hasSize(9);
    assertThat(lines.get(0)).isEqualTo("{\"id\":\"ok1\",\"matches\":[]}");
    assertThat(lines.get(1)).startsWith("{\"id\":\"broken\",\"line\":3,\"error\":\"invalid JSON at column ");
    assertThat(lines.get(2)).isEqualTo("{\"id\":null,\"line\":5,\"error\":\"\\\"id\\\" must be a string\"}");
    assertThat(lines.get(3)).isEqualTo("{\"id\":\"blank\",\"line\":6,\"error\":\"\\\"text\\\" is blank\"}");
    assertThat(lines.get(4)).isEqualTo("{\"id\":\"notext\",\"line\":7,\"error\":\"missing \\\"text\\\"\"}");
    assertThat(lines.get(5))
        .isEqualTo("{\"id\":\"fr\",\"line\":8,\"error\":\"unknown language 'fr' (available: da, da-DK, nl, nl-NL, nl-BE)\"}");
    assertThat(lines.get(6)).isEqualTo("{\"id\":null,\"line\":9,\"error\":\"not a JSON object\"}");
    assertThat(lines.get(7)).isEqualTo("{\"id\":\"html\",\"line\":10,\"error\":\"\\\"html\\\" must be true or false\"}");
    assertThat(lines.get(8)).isEqualTo("{\"id\":\"ok2\",\"matches\":[]}");
  }

  @Test
  void anExceptionDuringACheckFailsOnlyThatRecord() {
    DraftChecker flaky = (language, draft) -> {
      if (draft.text().contains("boom")) {
        throw new IllegalStateException("tagger fell over");
      }
      return checker.check(language, draft);
    };
    String input = "{\"id\":\"x\",\"lang\":\"nl\",\"text\":\"boom\"}\n{\"id\":\"y\",\"lang\":\"nl\",\"text\":\"fine\"}\n";

    CliRun run = CliRun.run(flaky, input, "batch");

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEqualTo("""
        {"id":"x","line":1,"error":"check failed: java.lang.IllegalStateException: tagger fell over"}
        {"id":"y","matches":[]}
        """);
  }

  @Test
  void htmlAndCustomerReachTheChecker() {
    CliRun run = CliRun.run(checker, "{\"id\":\"h\",\"lang\":\"nl\",\"text\":\"<p>Hoi</p>\",\"customer\":\"Help\","
        + "\"html\":true}\n", "batch");

    assertThat(run.exitCode).isZero();
    Draft seen = checker.lastDraft;
    assertThat(seen.isHtml()).isTrue();
    assertThat(seen.customerMessage()).contains("Help");
  }

  @Test
  void emptyInputIsFine() {
    CliRun run = CliRun.run(checker, "\n\n", "batch");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).isEmpty();
  }

  @Test
  void aBrokenOverlayGivesErrorLinesAndExitFour() {
    DraftChecker broken = (language, draft) -> {
      throw new RulePackException("acme.yaml", 3, 1, "unknown category 'COLD'");
    };

    CliRun run = CliRun.run(broken, "{\"id\":\"a\",\"lang\":\"nl\",\"text\":\"Hoi\"}\n", "batch");

    assertThat(run.exitCode).isEqualTo(4);
    assertThat(run.out).contains("\"line\":1", "acme.yaml:3:1: unknown category 'COLD'");
    assertThat(run.err).isEqualTo("empathy-lint: acme.yaml:3:1: unknown category 'COLD'\n");
  }

  @Test
  void threadsMustBePositive() {
    CliRun run = CliRun.run(checker, "", "batch", "--threads", "0");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("empathy-lint: --threads must be at least 1").hasLineCount(1);
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the later record never finished");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
