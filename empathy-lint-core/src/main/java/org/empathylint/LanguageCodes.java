package org.empathylint;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one policy for the language codes every entry point accepts (the builder, the command line's
 * {@code --lang}, batch records, the server): a pack's language ({@code nl}, {@code da}) alone or
 * with a region its pack serves ({@code nl-NL}, {@code nl-BE}, {@code da-DK}), in any case, with
 * {@code -} or {@code _}. Belgian Dutch is checked with the Dutch pack.
 */
public final class LanguageCodes {
  /** The regions each pack serves; a language not listed here is accepted without a region only. */
  private static final Map<String, List<String>> REGIONS = Map.of("nl", List.of("NL", "BE"), "da", List.of("DK"));
  private static final Pattern CODE = Pattern.compile("([a-z]{2,3})(?:[-_]([a-z]{2}))?");

  private LanguageCodes() {}

  /**
   * The pack language a code stands for: {@code "nl"} for {@code nl}, {@code nl-NL}, {@code NL-be},
   * {@code nl_BE}; {@code "da"} for {@code da} and {@code da-DK}; any other bare code as it is (lower
   * case). Empty for a region the language's pack does not serve ({@code nl-SR}) and for what is
   * not a language code. Whether a pack for the language is on the classpath is not checked here.
   */
  public static Optional<String> packLanguage(String code) {
    if (code == null) {
      return Optional.empty();
    }
    Matcher m = CODE.matcher(code.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    String language = m.group(1);
    String region = m.group(2);
    if (region != null && !REGIONS.getOrDefault(language, List.of()).contains(region.toUpperCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return Optional.of(language);
  }

  /**
   * The pack language of a code whose pack is on the classpath.
   *
   * @throws UnsupportedLanguageException for a code {@link #packLanguage} does not accept, or whose
   *     language has no pack on the classpath
   */
  public static String requirePackLanguage(String code) {
    return packLanguage(code).filter(EmpathyLinter.availableLanguages()::contains)
        .orElseThrow(() -> new UnsupportedLanguageException(code, EmpathyLinter.availableLanguages()));
  }

  /** The codes with a region that a pack language also accepts ({@code nl}: {@code nl-NL, nl-BE}). */
  public static List<String> regionalCodes(String packLanguage) {
    return REGIONS.getOrDefault(packLanguage, List.of()).stream().map(r -> packLanguage + "-" + r).toList();
  }
}
