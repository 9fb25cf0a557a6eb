package org.empathylint;

import java.util.Collection;

/** No rule pack for the requested language is on the classpath. */
public class UnsupportedLanguageException extends IllegalArgumentException {
  public UnsupportedLanguageException(String language, Collection<String> available) {
    super("unknown language '" + language + "' (available: " + String.join(", ", available) + ")");
  }
}
