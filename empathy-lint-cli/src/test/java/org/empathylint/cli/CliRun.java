package org.empathylint.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.empathylint.Severity;

/** Runs the command line in-process with given stdin and a given checker, and keeps what it printed. */
final class CliRun {
  final int exitCode;
  final String out;
  final String err;
  /** The overlays the command gave its checker (null when it made none). */
  List<Path> overlaysGiven;
  Severity severityGiven;

  private CliRun(int exitCode, String out, String err) {
    this.exitCode = exitCode;
    this.out = out;
    this.err = err;
  }

  static CliRun run(DraftChecker checker, String stdin, String... args) {
    return runWithFactory((overlays, severity, warnings) -> checker, stdin, args);
  }

  static CliRun run(DraftChecker checker, byte[] stdin, String... args) {
    return runWithFactory((overlays, severity, warnings) -> checker, stdin, args);
  }

  static CliRun runWithFactory(Environment.CheckerFactory factory, String stdin, String... args) {
    return runWithFactory(factory, stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  static CliRun runWithFactory(Environment.CheckerFactory factory, byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<List<Path>> overlays = new ArrayList<>();
    Severity[] severity = new Severity[1];
    Environment env = new Environment(
        new ByteArrayInputStream(stdin),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        (o, s, w) -> {
          overlays.add(o);
          severity[0] = s;
          return factory.create(o, s, w);
        });
    int exitCode = Main.run(env, args);
    CliRun run = new CliRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    run.overlaysGiven = overlays.isEmpty() ? null : overlays.get(0);
    run.severityGiven = severity[0];
    return run;
  }
}
