package org.empathylint;

import java.util.Optional;

/**
 * A rule pack or company overlay that cannot be used. The message names the file, line and column
 * and says what is wrong in words, for example
 * {@code acme-jargon.yaml:12:5: unknown key 'sugestions' (expected one of: ...)}.
 */
public class RulePackException extends RuntimeException {
  private final String file;
  private final int line;
  private final int column;
  private final String problem;

  /**
   * @param file    the file (or classpath resource) as the user knows it
   * @param line    1-based line, or 0 when unknown
   * @param column  1-based column, or 0 when unknown
   * @param problem what is wrong, in words
   */
  public RulePackException(String file, int line, int column, String problem) {
    super(format(file, line, column, problem));
    this.file = file;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /** {@code file:line:column: problem}, leaving out a line or column of 0. */
  static String format(String file, int line, int column, String problem) {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    return sb.append(": ").append(problem).toString();
  }

  public String file() {
    return file;
  }

  /** 1-based line, if known. */
  public Optional<Integer> line() {
    return line > 0 ? Optional.of(line) : Optional.empty();
  }

  /** 1-based column, if known. */
  public Optional<Integer> column() {
    return column > 0 ? Optional.of(column) : Optional.empty();
  }

  public String problem() {
    return problem;
  }
}
