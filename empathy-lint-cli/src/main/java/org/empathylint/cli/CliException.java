package org.empathylint.cli;

/** A failure the user can fix: printed as one line on stderr, then the command exits with the code. */
final class CliException extends RuntimeException {
  private final int exitCode;

  CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
