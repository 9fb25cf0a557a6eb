package org.empathylint;

import java.util.Locale;

/** How strongly a finding asks for a change. Ordered from mildest to strongest. */
public enum Severity {
  /** Worth knowing; many good replies keep it. */
  HINT,
  /** Usually better changed. The default for pack entries. */
  SUGGESTION,
  /** Almost always makes the reply feel cold. */
  WARNING;

  /** Parses "hint", "suggestion" or "warning" (any case). */
  public static Severity parse(String value) {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown severity '" + value + "' (expected hint, suggestion or warning)");
    }
  }

  public String lowerCaseName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
