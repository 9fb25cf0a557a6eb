package org.empathylint.server;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the server checks, with the codes LanguageTool clients send for them. */
enum ServedLanguage {
  DUTCH("nl", "nl-NL", "Dutch"),
  DANISH("da", "da-DK", "Danish");

  private final String code;
  private final String longCode;
  private final String name;

  ServedLanguage(String code, String longCode, String name) {
    this.code = code;
    this.longCode = longCode;
    this.name = name;
  }

  /** The pack's language code ("nl"). */
  String code() {
    return code;
  }

  String longCode() {
    return longCode;
  }

  String displayName() {
    return name;
  }

  /** "nl", "nl-NL", "da" or "da-DK", in any case (LanguageTool matches codes case-insensitively). */
  static Optional<ServedLanguage> forCode(String requested) {
    String lower = requested.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(l -> lower.equals(l.code) || lower.equals(l.longCode.toLowerCase(Locale.ROOT)))
        .findFirst();
  }
}
