package org.empathylint.server;

import java.util.Collection;
import java.util.Locale;
import org.empathylint.LanguageCodes;
import org.empathylint.LanguageDetection;
import org.languagetool.DetectedLanguage;
import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * The language a request is checked in: the one its {@code language} field names, or for
 * {@code auto} the one detected from its text, with what the answer's {@code language} section says
 * about it (as LanguageTool's server: the language checked, and the detected language with its
 * confidence).
 */
record RequestLanguage(ServedLanguage served, DetectedLanguage reported) {
  static final String AUTO = "auto";
  /** What an answer says when the text gave nothing to detect by: LanguageTool's word for it. */
  static final String FALLBACK = "fallback";
  static final String DETECTED_BY = "ngram";

  /** Whether the field asks for detection ({@code auto}, in any case). */
  static boolean isAuto(String code) {
    return code.strip().equalsIgnoreCase(AUTO);
  }

  /** The language a code names; an {@link HttpError} 400 listing the accepted codes for any other. */
  static RequestLanguage given(String code) {
    ServedLanguage served = ServedLanguage.forCode(code).orElseThrow(() -> new HttpError(HttpError.BAD_REQUEST,
        "unknown language '" + code + "': this server checks " + acceptedCodes()));
    Language language = languageToolLanguage(code, served);
    return new RequestLanguage(served, new DetectedLanguage(language, language));
  }

  /**
   * The served language the text is written in; the first served language when the text has nothing
   * to tell by (no letters), reported with confidence 0 and source {@value #FALLBACK}.
   */
  static RequestLanguage detected(String text, LanguageDetection detection, Collection<ServedLanguage> served) {
    return detection.detect(text)
        .flatMap(result -> served.stream().filter(l -> l.code().equals(result.language())).findFirst()
            .map(l -> reported(l, (float) result.confidence(), DETECTED_BY)))
        .orElseGet(() -> reported(served.stream().findFirst().orElse(ServedLanguage.DUTCH), 0f, FALLBACK));
  }

  /** The codes a client may send, for error messages: {@code auto, nl, nl-NL, nl-BE, da, da-DK}. */
  static String acceptedCodes() {
    StringBuilder codes = new StringBuilder(AUTO);
    for (ServedLanguage language : ServedLanguage.values()) {
      codes.append(", ").append(language.code());
      LanguageCodes.regionalCodes(language.code()).forEach(c -> codes.append(", ").append(c));
    }
    return codes.toString();
  }

  private static RequestLanguage reported(ServedLanguage served, float confidence, String source) {
    Language language = Languages.getLanguageForShortCode(served.code());
    return new RequestLanguage(served, new DetectedLanguage(language, language, confidence, source));
  }

  /** LanguageTool's language for the code as sent ({@code nl-BE}: Dutch (Belgium)), else for the pack's. */
  private static Language languageToolLanguage(String code, ServedLanguage served) {
    String[] parts = code.strip().split("[-_]");
    String canonical = parts.length == 2
        ? parts[0].toLowerCase(Locale.ROOT) + "-" + parts[1].toUpperCase(Locale.ROOT)
        : served.code();
    return Languages.getLanguageForShortCode(Languages.isLanguageSupported(canonical) ? canonical : served.code());
  }
}
