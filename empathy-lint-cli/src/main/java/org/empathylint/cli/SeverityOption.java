package org.empathylint.cli;

import org.empathylint.Severity;
import picocli.CommandLine.Option;

/** The {@code --min-severity} option of the linting commands (inherited by their option mixins). */
class SeverityOption {
  @Option(names = "--min-severity", defaultValue = "hint", paramLabel = "hint|suggestion|warning",
      converter = SeverityConverter.class,
      description = "Leave out findings below this severity (default: ${DEFAULT-VALUE}).")
  Severity minimumSeverity;
}
