package org.empathylint.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.empathylint.RulePackException;
import org.empathylint.UnsupportedLanguageException;

/**
 * Checks JSON Lines records on a small thread pool and writes one result line per record, in input
 * order.
 */
final class BatchRunner {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  /** Records read ahead per thread: enough to keep the pool busy without holding the whole input. */
  private static final int READ_AHEAD_PER_THREAD = 4;

  private final DraftChecker checker;
  private final int threads;
  private final AtomicBoolean anyFailed = new AtomicBoolean();
  private final AtomicReference<RulePackException> overlayFailure = new AtomicReference<>();

  BatchRunner(DraftChecker checker, int threads) {
    this.checker = checker;
    this.threads = threads;
  }

  /** Returns {@link ExitCode#OK} when every record was checked, {@link ExitCode#FAILED_RECORDS} otherwise. */
  int run(BufferedReader in, PrintStream out) throws IOException, InterruptedException {
    OrderedLines output = new OrderedLines(out);
    Semaphore readAhead = new Semaphore(threads * READ_AHEAD_PER_THREAD);
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "empathy-lint-batch");
      thread.setDaemon(true);
      return thread;
    });
    try {
      int lineNumber = 0;
      int slot = 0;
      for (String line; (line = in.readLine()) != null; ) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        readAhead.acquire();
        int thisSlot = slot++;
        int thisLine = lineNumber;
        String thisText = line;
        pool.execute(() -> {
          try {
            output.finish(thisSlot, process(thisText, thisLine));
          } finally {
            readAhead.release();
          }
        });
      }
      pool.shutdown();
      pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
    } finally {
      pool.shutdownNow();
    }
    if (overlayFailure.get() != null) {
      // Every record of that language got an error line; the exit code says why.
      throw new CliException(ExitCode.OVERLAY_INVALID, overlayFailure.get().getMessage());
    }
    return anyFailed.get() ? ExitCode.FAILED_RECORDS : ExitCode.OK;
  }

  /** The output line for one input line; never throws, so every slot gets its line. */
  private String process(String line, int lineNumber) {
    String id = null;
    try {
      BatchRecord record = BatchRecord.from(JSON.readTree(line));
      id = record.id();
      String matchesJson = checker.check(record.language(), record.draft()).languageToolJson();
      ObjectNode result = JSON.createObjectNode();
      result.put("id", id);
      result.set("matches", JSON.readTree(matchesJson).path("matches"));
      return JSON.writeValueAsString(result);
    } catch (JsonProcessingException e) {
      return error(id, lineNumber, "invalid JSON at column " + e.getLocation().getColumnNr() + ": "
          + e.getOriginalMessage());
    } catch (BatchRecord.Invalid e) {
      return error(e.id, lineNumber, e.getMessage());
    } catch (UnsupportedLanguageException e) {
      return error(id, lineNumber, e.getMessage());
    } catch (RulePackException e) {
      overlayFailure.compareAndSet(null, e);
      return error(id, lineNumber, "rule pack or overlay invalid: " + e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return error(id, lineNumber, "check failed: " + e);
    }
  }

  private String error(String id, int lineNumber, String message) {
    anyFailed.set(true);
    ObjectNode error = JSON.createObjectNode();
    error.put("id", id);
    error.put("line", lineNumber);
    error.put("error", message);
    try {
      return JSON.writeValueAsString(error);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON object of three fields", e);
    }
  }
}
