package org.empathylint.cli;

import sun.misc.Signal;

/**
 * Turns SIGTERM and SIGINT (Ctrl-C) into a call, instead of the JVM's default of exiting at once with
 * status 143 or 130: {@code serve} then finishes the requests in progress and exits with 0.
 */
final class StopSignals {
  private StopSignals() {}

  /** Runs {@code stop} on the first SIGTERM or SIGINT. */
  static void onTermOrInt(Runnable stop) {
    for (String name : new String[] {"TERM", "INT"}) {
      Signal.handle(new Signal(name), signal -> stop.run());
    }
  }
}
