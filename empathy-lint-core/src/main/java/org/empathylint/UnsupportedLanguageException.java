package org.empathylint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * No rule pack for the requested language is on the classpath, or the code is not one {@link
 * LanguageCodes} accepts. The message names the codes that are accepted.
 */
public class UnsupportedLanguageException extends IllegalArgumentException {
  /** @param available the pack languages on the classpath ("da", "nl"); their regional codes are named too */
  public UnsupportedLanguageException(String language, Collection<String> available) {
    super("unknown language '" + language + "' (available: " + String.join(", ", accepted(available)) + ")");
  }

  private static List<String> accepted(Collection<String> available) {
    List<String> codes = new ArrayList<>();
    for (String language : available) {
      codes.add(language);
      codes.addAll(LanguageCodes.regionalCodes(language));
    }
    return codes;
  }
}
