package org.empathylint.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --max-text-length} option of {@code check} and {@code batch} (a picocli mixin). */
final class TextLimit {
  /** The default: the same as the server's. */
  static final int DEFAULT_MAX_TEXT_LENGTH = 50_000;

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  private int maxTextLength = DEFAULT_MAX_TEXT_LENGTH;

  @Option(names = "--max-text-length", defaultValue = "" + DEFAULT_MAX_TEXT_LENGTH, paramLabel = "CHARS",
      description = "Longest draft and customer message, in characters (default: ${DEFAULT-VALUE}).")
  void setMaxTextLength(int chars) {
    if (chars < 1) {
      throw new ParameterException(spec.commandLine(), "--max-text-length must be at least 1, not " + chars);
    }
    maxTextLength = chars;
  }

  int maxTextLength() {
    return maxTextLength;
  }

  /** Why a text of this length is refused, or null when it is within the limit. */
  String problem(String what, String text) {
    if (text == null || text.length() <= maxTextLength) {
      return null;
    }
    return what + " is " + text.length() + " characters long, more than --max-text-length " + maxTextLength;
  }
}
