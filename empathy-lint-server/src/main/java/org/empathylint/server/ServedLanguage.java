package org.empathylint.server;

import java.util.Arrays;
import java.util.Optional;
import org.empathylint.LanguageCodes;

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

  /**
   * The language of a code as {@link LanguageCodes} reads it everywhere: {@code nl}, {@code nl-NL},
   * {@code nl-BE}, {@code da}, {@code da-DK}, in any case.
   */
  static Optional<ServedLanguage> forCode(String requested) {
    return LanguageCodes.packLanguage(requested)
        .flatMap(code -> Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst());
  }
}
