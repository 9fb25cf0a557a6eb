package org.empathylint.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
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
 * Checks JSON Lines records on a small thread pool and writes exactly one result line per record, in
 * input order, whatever happens while reading or checking it.
 */
final class BatchRunner {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  /** Records read ahead per thread: enough to keep the pool busy without holding the whole input. */
  private static final int READ_AHEAD_PER_THREAD = 4;

  /** Bytes a line may have beyond its two texts at their longest (JSON-escaped: six bytes a character). */
  private static final int LINE_BYTES_EXTRA = 1 << 20;

  private final DraftChecker checker;
  private final int threads;
  private final TextLimit limit;
  private final AtomicBoolean anyFailed = new AtomicBoolean();
  private final AtomicReference<RulePackException> overlayFailure = new AtomicReference<>();

  BatchRunner(DraftChecker checker, int threads, TextLimit limit) {
    this.checker = checker;
    this.threads = threads;
    this.limit = limit;
  }

  /** The longest input line read: a text and a customer message at the limit, every character escaped. */
  static int maxLineBytes(int maxTextLength) {
    return (int) Math.min(Integer.MAX_VALUE - 8, 12L * maxTextLength + LINE_BYTES_EXTRA);
  }

  /** Returns {@link ExitCode#OK} when every record was checked, {@link ExitCode#FAILED_RECORDS} otherwise. */
  int run(InputStream input, PrintStream out) throws IOException, InterruptedException {
    RecordLines in = new RecordLines(input, maxLineBytes(limit.maxTextLength()));
    OrderedLines output = new OrderedLines(out);
    Semaphore readAhead = new Semaphore(threads * READ_AHEAD_PER_THREAD);
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "empathy-lint-batch");
      thread.setDaemon(true);
      return thread;
    });
    try {
      int slot = 0;
      for (RecordLines.Line line; (line = in.next()) != null; ) {
        if (line.problem() != null) {
          output.finish(slot++, error(null, line.number(), line.problem()));
          continue;
        }
        if (line.text().isBlank()) {
          continue;
        }
        readAhead.acquire();
        int thisSlot = slot++;
        RecordLines.Line thisLine = line;
        pool.execute(() -> {
          try {
            output.finish(thisSlot, process(thisLine.text(), thisLine.number()));
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

  /**
   * The output line for one input line; never throws, so every slot gets its line. An error of the
   * JVM while checking one record (out of memory, a stack overflow) fails that record only: the
   * memory it held is free again once it has failed.
   */
  private String process(String line, int lineNumber) {
    String id = null;
    try {
      BatchRecord record = BatchRecord.from(JSON.readTree(line), limit);
      id = record.id();
      String matchesJson = checker.check(record.language(), record.draft()).languageToolJson();
      ObjectNode result = JSON.createObjectNode();
      result.put("id", id);
      result.set("matches", JSON.readTree(matchesJson).path("matches"));
      return JSON.writeValueAsString(result);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
      return error(BatchRecord.readableId(JSON.getFactory(), line), lineNumber,
          "invalid JSON" + where + ": " + e.getOriginalMessage());
    } catch (BatchRecord.Invalid e) {
      return error(e.id, lineNumber, e.getMessage());
    } catch (UnsupportedLanguageException e) {
      return error(id, lineNumber, e.getMessage());
    } catch (RulePackException e) {
      overlayFailure.compareAndSet(null, e);
      return error(id, lineNumber, "rule pack or overlay invalid: " + e.getMessage());
    } catch (OutOfMemoryError e) {
      return error(id, lineNumber, "check failed: out of memory (give the JVM more with JAVA_OPTS=-Xmx…)");
    } catch (RuntimeException | Error e) {
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
