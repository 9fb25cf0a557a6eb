package org.empathylint.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.empathylint.Severity;

/**
 * What the commands talk to: the standard streams and the way to get a checker. Tests pass in
 * byte-array streams and a fake checker.
 */
record Environment(InputStream in, PrintStream out, PrintStream err, CheckerFactory checkers) {

  /** Creates the checker for one run of a command. */
  interface CheckerFactory {
    /**
     * @param overlays the company overlays, in order (none: the packs as they are)
     * @param warnings where to print what looks wrong in the overlays
     */
    DraftChecker create(List<Path> overlays, Severity minimumSeverity, PrintStream warnings);
  }
}
