package org.empathylint.cli;

import java.nio.file.Path;
import org.empathylint.Severity;
import picocli.CommandLine.Option;

/** The rule options every linting command takes (a picocli mixin). */
final class RuleOptions {
  @Option(names = "--rules", paramLabel = "OVERLAY.yaml", description = "A company rule overlay.")
  Path overlay;

  @Option(names = "--min-severity", defaultValue = "hint", paramLabel = "hint|suggestion|warning",
      converter = SeverityConverter.class,
      description = "Leave out findings below this severity (default: ${DEFAULT-VALUE}).")
  Severity minimumSeverity;
}
