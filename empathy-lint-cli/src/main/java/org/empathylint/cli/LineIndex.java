package org.empathylint.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns char offsets into 1-based line and column. A line ends at "\n", "\r\n" or a lone "\r";
 * columns count UTF-16 chars, the unit the offsets use.
 */
final class LineIndex {
  private final int[] lineStarts;

  LineIndex(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** 1-based line of the char at the offset. */
  int line(int offset) {
    int found = Arrays.binarySearch(lineStarts, offset);
    // Not found: binarySearch returns -(insertion point) - 1; the line is the one before that point.
    return found >= 0 ? found + 1 : -found - 1;
  }

  /** 1-based column of the char at the offset. */
  int column(int offset) {
    return offset - lineStarts[line(offset) - 1] + 1;
  }
}
