package org.empathylint.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.empathylint.structure.Span;

/**
 * Quotations in a text. A long one (a law, a contract clause or the customer's words put between
 * quotation marks) is not the writer's own wording, so no phrase finding stands inside it. A short
 * one (a status name, a button, an invoice line, a phrase the writer uses) is the writer's wording
 * and stays checked, but it names something as it is written elsewhere: a replacement there would
 * no longer match what the reader sees, so findings inside it give advice only. A provision
 * introduced with a colon ("… the agreement says:" and then a paragraph that opens with "§ 16" or
 * "Artikel 5") is a long quotation too, up to the next blank line.
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
    Matcher provision = PROVISION.matcher(text);
    Matcher blank = BLANK_LINE.matcher(text);
    while (provision.find()) {
      int start = provision.start(1);
      int end = blank.find(start) ? blank.start() : text.length();
      if (found.stream().noneMatch(q -> q.span().start() <= start && end <= q.span().end())) {
        found.add(new Quote(new Span(start, end), true));
      }
    }
    found.sort(Comparator.comparingInt(q -> q.span().start()));
    return found;
  }

  /** A line ending in a colon, then (after blank lines, if any) a line that opens with a provision's number. */
  private static final Pattern PROVISION = Pattern.compile(
      ":[ \\t]*\\n(?:[ \\t]*\\n)*[ \\t]*((?:§ ?\\d|(?:Artikel|Art\\.) \\d))");

  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");

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
