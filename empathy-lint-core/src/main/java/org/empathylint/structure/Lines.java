package org.empathylint.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into lines, keeping every line's offsets into the original string so that spans stay
 * exact whatever the line endings ({@code \n}, {@code \r\n} or a lone {@code \r}).
 */
final class Lines {
  private final String text;
  private final int[] starts;
  private final int[] ends;

  private Lines(String text, int[] starts, int[] ends) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  static Lines of(String text) {
    List<int[]> found = new ArrayList<>();
    int lineStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        found.add(new int[] {lineStart, i});
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        lineStart = i + 1;
      }
    }
    found.add(new int[] {lineStart, text.length()});
    int[] starts = new int[found.size()];
    int[] ends = new int[found.size()];
    for (int i = 0; i < found.size(); i++) {
      starts[i] = found.get(i)[0];
      ends[i] = found.get(i)[1];
    }
    return new Lines(text, starts, ends);
  }

  int size() {
    return starts.length;
  }

  int start(int line) {
    return starts[line];
  }

  /** The line's content without its terminator. */
  String get(int line) {
    return text.substring(starts[line], ends[line]);
  }

  /** The line's content with surrounding whitespace removed. */
  String trimmed(int line) {
    return strip(get(line));
  }

  boolean isBlank(int line) {
    for (int i = starts[line]; i < ends[line]; i++) {
      if (!isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The span from the first to the last non-blank char of lines {@code [from, to)}, or null when
   * they hold only whitespace.
   */
  Span span(int from, int to) {
    int first = -1;
    int last = -1;
    for (int line = from; line < to; line++) {
      for (int i = starts[line]; i < ends[line]; i++) {
        if (!isSpace(text.charAt(i))) {
          if (first < 0) {
            first = i;
          }
          last = i;
        }
      }
    }
    return first < 0 ? null : new Span(first, last + 1);
  }

  /** Whitespace as mail clients produce it: also no-break spaces and a byte order mark. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\uFEFF';
  }

  static String strip(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && isSpace(s.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  static int wordCount(String trimmed) {
    return trimmed.isEmpty() ? 0 : trimmed.split("[\\s\u00A0]+").length;
  }
}
