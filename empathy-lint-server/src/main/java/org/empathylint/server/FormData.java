package org.empathylint.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The fields of an {@code application/x-www-form-urlencoded} body (or query string). */
final class FormData {
  private final Map<String, String> fields;

  private FormData(Map<String, String> fields) {
    this.fields = fields;
  }

  /** Parses the body; a bad percent escape is a 400, a repeated field keeps its last value. */
  static FormData parse(String encoded) {
    Map<String, String> fields = new HashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return new FormData(fields);
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      fields.put(name, value);
    }
    return new FormData(fields);
  }

  private static String decode(String part) {
    try {
      return URLDecoder.decode(part, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new HttpError(HttpError.BAD_REQUEST, "malformed form data: " + e.getMessage());
    }
  }

  Optional<String> get(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  /** A field's value, or the empty string (LanguageTool treats absent and empty alike). */
  String getOrEmpty(String name) {
    return fields.getOrDefault(name, "");
  }
}
