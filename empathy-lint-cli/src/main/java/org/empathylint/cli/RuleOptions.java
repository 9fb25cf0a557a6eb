package org.empathylint.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The rule options of {@code serve} and {@code audit} (a picocli mixin): one overlay. */
final class RuleOptions extends SeverityOption {
  @Option(names = "--rules", paramLabel = "OVERLAY.yaml", description = "A company rule overlay.")
  Path overlay;
}
