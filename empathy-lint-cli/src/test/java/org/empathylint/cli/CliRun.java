package org.empathylint.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.empathylint.Severity;

/** Runs the command line in-process with given stdin and a given checker, and keeps what it printed. */
final class CliRun {
  final int exitCode;
  final String out;
  final String err;
  Path overlayGiven;
  Severity severityGiven;

  private CliRun(int exitCode, String out, String err) {
    this.exitCode = exitCode;
    this.out = out;
    this.err = err;
  }

  static CliRun run(DraftChecker checker, String stdin, String... args) {
    return runWithFactory((overlay, severity) -> checker, stdin, args);
  }

  static CliRun run(DraftChecker checker, byte[] stdin, String... args) {
    return runWithFactory((overlay, severity) -> checker, stdin, args);
  }

  static CliRun runWithFactory(Environment.CheckerFactory factory, String stdin, String... args) {
    return runWithFactory(factory, stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  static CliRun runWithFactory(Environment.CheckerFactory factory, byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Path[] overlay = new Path[1];
    Severity[] severity = new Severity[1];
    Environment env = new Environment(
        new ByteArrayInputStream(stdin),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        (o, s) -> {
          overlay[0] = o;
          severity[0] = s;
          return factory.create(o, s);
        });
    int exitCode = Main.run(env, args);
    CliRun run = new CliRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    run.overlayGiven = overlay[0];
    run.severityGiven = severity[0];
    return run;
  }
}
