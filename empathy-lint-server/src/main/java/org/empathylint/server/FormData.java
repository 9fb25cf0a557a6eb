package org.empathylint.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of an {@code application/x-www-form-urlencoded} body (or query string). Names and values
 * must be UTF-8 once their percent escapes are decoded: anything else is a 400, never a silent
 * replacement character.
 */
final class FormData {
  private final Map<String, String> fields;

  private FormData(Map<String, String> fields) {
    this.fields = fields;
  }

  /** Parses the body; a bad percent escape or invalid UTF-8 is a 400, a repeated field keeps its last value. */
  static FormData parse(byte[] encoded) {
    Map<String, String> fields = new HashMap<>();
    int start = 0;
    while (start <= encoded.length) {
      int end = indexOf(encoded, (byte) '&', start, encoded.length);
      if (end > start) {
        int eq = indexOf(encoded, (byte) '=', start, end);
        String name = decode(encoded, start, eq, "a field name");
        fields.put(name, eq < end ? decode(encoded, eq + 1, end, "'" + name + "'") : "");
      }
      start = end + 1;
    }
    return new FormData(fields);
  }

  private static int indexOf(byte[] bytes, byte wanted, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return to;
  }

  private static String decode(byte[] encoded, int from, int to, String what) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
    for (int i = from; i < to; i++) {
      byte b = encoded[i];
      if (b == '+') {
        bytes.write(' ');
      } else if (b == '%') {
        int high = i + 2 < to ? Character.digit(encoded[i + 1], 16) : -1;
        int low = high >= 0 ? Character.digit(encoded[i + 2], 16) : -1;
        if (low < 0) {
          throw new HttpError(HttpError.BAD_REQUEST, "malformed form data: a '%' in " + what
              + " is not followed by two hex digits");
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else {
        bytes.write(b);
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new HttpError(HttpError.BAD_REQUEST, what + " is not valid UTF-8; send the text as UTF-8");
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
