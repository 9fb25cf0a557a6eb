package org.empathylint.cli;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes lines that are finished out of order (by a thread pool) in their input order: a line is
 * written and flushed as soon as it and every line before it are finished.
 */
final class OrderedLines {
  private final PrintStream out;
  private final Map<Integer, String> waiting = new HashMap<>();
  private int next;

  OrderedLines(PrintStream out) {
    this.out = out;
  }

  /** Hands in the line for a slot (0, 1, 2, ... with no gaps). */
  synchronized void finish(int slot, String line) {
    waiting.put(slot, line);
    boolean wrote = false;
    for (String ready; (ready = waiting.remove(next)) != null; next++) {
      out.print(ready);
      out.print('\n');
      wrote = true;
    }
    if (wrote) {
      out.flush();
    }
  }
}
