package org.empathylint.audit;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.empathylint.RulePackException;

/**
 * Audits the replies of some inputs: one thread reads them in order, a pool of threads lints them,
 * and the counts go into one {@link AuditSummary}. Memory stays bounded: at most a few replies per
 * thread are waiting to be linted, and a summary holds counts, not replies.
 */
public final class Audit {
  /** Replies read ahead per thread: enough to keep the pool busy without holding the input. */
  private static final int READ_AHEAD_PER_THREAD = 4;
  /** Example replies kept for the report. */
  public static final int EXAMPLES = 5;

  private final Auditor auditor;
  private final int threads;
  private final AuditListener listener;

  public Audit(Auditor auditor, int threads, AuditListener listener) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    this.auditor = auditor;
    this.threads = threads;
    this.listener = listener;
  }

  /**
   * Reads and audits every input in turn. An input that fails part-way is listed as skipped from
   * there on, and the others are still read.
   *
   * @throws RulePackException when the overlay cannot be used
   */
  public AuditResult run(List<? extends ReplyReader> inputs) throws InterruptedException {
    AuditSummary summary = new AuditSummary();
    ExampleReplies examples = new ExampleReplies(EXAMPLES);
    listener.started(inputs.stream().mapToLong(ReplyReader::bytesToRead).sum());
    Semaphore readAhead = new Semaphore(threads * READ_AHEAD_PER_THREAD);
    AtomicReference<RulePackException> overlayFailure = new AtomicReference<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "empathy-lint-audit");
      thread.setDaemon(true);
      return thread;
    });
    ReplySink sink = new ReplySink() {
      @Override
      public void reply(Reply reply) throws InterruptedException {
        readAhead.acquire();
        pool.execute(() -> {
          try {
            AuditedReply audited = auditor.audit(reply);
            synchronized (summary) {
              summary.add(audited);
              examples.add(audited);
            }
          } catch (Auditor.NotAudited e) {
            skip(new Skipped(reply.where(), e.getMessage()));
          } catch (RulePackException e) {
            overlayFailure.compareAndSet(null, e);
          } catch (RuntimeException | StackOverflowError e) {
            skip(new Skipped(reply.where(), "check failed: " + e));
          } finally {
            readAhead.release();
            listener.done();
          }
        });
      }

      @Override
      public void skipped(Skipped skipped) {
        skip(skipped);
        listener.done();
      }

      private void skip(Skipped skipped) {
        synchronized (summary) {
          summary.add(skipped);
        }
      }
    };
    try {
      for (int i = 0; i < inputs.size() && overlayFailure.get() == null; i++) {
        try {
          inputs.get(i).read(sink, listener::read);
        } catch (IOException | RuntimeException e) {
          sink.skipped(new Skipped(inputs.get(i).name(), "could not be read to the end: " + e.getMessage()));
        }
      }
      pool.shutdown();
      pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
    } finally {
      pool.shutdownNow();
    }
    if (overlayFailure.get() != null) {
      throw overlayFailure.get();
    }
    return new AuditResult(summary, examples);
  }
}
