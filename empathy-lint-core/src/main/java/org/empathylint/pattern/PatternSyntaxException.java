package org.empathylint.pattern;

/** A phrase pattern that cannot be parsed or can never match; {@link #position()} is 0-based in the pattern. */
public class PatternSyntaxException extends IllegalArgumentException {
  private final int position;

  public PatternSyntaxException(String message, int position) {
    super(message);
    this.position = position;
  }

  public int position() {
    return position;
  }
}
