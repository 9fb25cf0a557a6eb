package org.empathylint.engine;

import java.util.ArrayList;
import java.util.List;
import org.empathylint.structure.Span;

/**
 * Quotations in a text. A long one (a law, a contract clause or the customer's words put between
 * quotation marks) is not the writer's own wording, so no phrase finding stands inside it. A short
 * one (a status name, a button, an invoice line, a phrase the writer uses) is the writer's wording
 * and stays checked, but it names something as it is written elsewhere: a replacement there would
 * no longer match what the reader sees, so findings inside it give advice only.
 */
final class Quotations {
  /** Words a quotation holds at least to count as quoted text. */
  static final int MIN_WORDS = 8;

  private Quotations() {}

  /** A quotation of a text, marks included; {@code longQuote} when it holds {@link #MIN_WORDS} words or more. */
  record Quote(Span span, boolean longQuote) {}

  /** The quotations of {@code text}, in text order. */
  static List<Quote> in(String text) {
    List<Quote> found = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int close = switch (c) {
        case '“', '„' -> closing(text, i + 1, "”“");
        case '«' -> closing(text, i + 1, "»");
        case '"' -> opens(text, i) ? closing(text, i + 1, "\"") : -1;
        case '‘' -> closingSingle(text, i + 1);
        default -> -1;
      };
      if (close < 0) {
        i++;
        continue;
      }
      found.add(new Quote(new Span(i, close + 1), words(text, i + 1, close) >= MIN_WORDS));
      i = close + 1;
    }
    return found;
  }

  /** A straight double quote opens a quotation at the start or after a space or bracket. */
  private static boolean opens(String text, int at) {
    return at == 0 || Character.isWhitespace(text.charAt(at - 1)) || "([:".indexOf(text.charAt(at - 1)) >= 0;
  }

  private static int closing(String text, int from, String marks) {
    for (int j = from; j < text.length(); j++) {
      if (marks.indexOf(text.charAt(j)) >= 0) {
        return j;
      }
    }
    return -1;
  }

  /** ’ closes ‘ only where it is no apostrophe: not followed by a letter ("auto’s"). */
  private static int closingSingle(String text, int from) {
    for (int j = from; j < text.length(); j++) {
      if (text.charAt(j) == '’' && (j + 1 == text.length() || !Character.isLetter(text.charAt(j + 1)))) {
        return j;
      }
    }
    return -1;
  }

  private static int words(String text, int from, int to) {
    int count = 0;
    boolean inWord = false;
    for (int j = from; j < to; j++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(j));
      if (letter && !inWord) {
        count++;
      }
      inWord = letter;
    }
    return count;
  }
}
