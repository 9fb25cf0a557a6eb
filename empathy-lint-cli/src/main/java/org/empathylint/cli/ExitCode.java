package org.empathylint.cli;

/** The exit statuses of the command; the help footers in {@link Main} and the commands list them. */
final class ExitCode {
  /** The command ran to the end (for check: whether or not there were findings). */
  static final int OK = 0;
  /** batch: at least one record could not be read or checked. */
  static final int FAILED_RECORDS = 1;
  /** Bad arguments or an unknown language. */
  static final int USAGE = 2;
  /** An input file (draft, customer message, corpus) could not be read or parsed. */
  static final int INPUT_UNREADABLE = 3;
  /** The rule overlay could not be read or is invalid. */
  static final int OVERLAY_INVALID = 4;
  /** A bug: an unexpected error inside empathy-lint. */
  static final int INTERNAL_ERROR = 5;

  private ExitCode() {}
}
