package org.empathylint.structure;

/**
 * A half-open range {@code [start, end)} of char offsets into a draft's text.
 *
 * @param start the first char of the range
 * @param end the offset just past the last char of the range
 */
public record Span(int start, int end) {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  /** True when the char at {@code offset} lies inside this span. */
  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  /** The part of {@code text} this span covers. */
  public String of(String text) {
    return text.substring(start, end);
  }
}
