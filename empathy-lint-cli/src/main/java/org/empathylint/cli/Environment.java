package org.empathylint.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.empathylint.Severity;

/**
 * What the commands talk to: the standard streams and the way to get a checker. Tests pass in
 * byte-array streams and a fake checker.
 */
record Environment(InputStream in, PrintStream out, PrintStream err, CheckerFactory checkers) {

  /** Creates the checker for one run of a command. */
  interface CheckerFactory {
    /** @param overlay the company overlay, or null */
    DraftChecker create(Path overlay, Severity minimumSeverity);
  }
}
