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
      throw new CancellationException("the check was cancelled (its thread was interrupted)");
    }
  }
}
