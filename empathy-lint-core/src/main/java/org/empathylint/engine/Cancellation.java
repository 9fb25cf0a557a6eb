package org.empathylint.engine;

import java.util.concurrent.CancellationException;

/**
 * Cooperative cancellation of a check: a host that interrupts the checking thread (a server whose
 * time limit has passed) stops the check at the next sentence instead of letting it run to the end.
 */
final class Cancellation {
  private Cancellation() {}

  /** Throws when the current thread has been interrupted; its interrupt status stays set. */
  static void stopIfInterrupted() {
    if (Thread.currentThread().isInterrupted()) {
      throw cancelled();
    }
  }

  /**
   * What a check that failed with {@code e} throws: a {@link CancellationException} when the failure
   * is the interruption (LanguageTool's interruptible regexes throw it wrapped, with the thread's
   * interrupt status cleared: it is set again), else {@code e} itself.
   */
  static RuntimeException orCancelled(RuntimeException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof InterruptedException || cause instanceof CancellationException) {
        Thread.currentThread().interrupt();
        return cancelled();
      }
    }
    return Thread.currentThread().isInterrupted() ? cancelled() : e;
  }

  private static CancellationException cancelled() {
    return new CancellationException("the check was cancelled (its thread was interrupted)");
  }
}
