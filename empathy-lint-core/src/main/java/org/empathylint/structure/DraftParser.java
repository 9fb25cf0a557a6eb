package org.empathylint.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Finds the parts of one draft, line by line; {@link DraftStructure#parse} is its only user. */
final class DraftParser {
  /** More lines than this below a sign-off make it body text, not a signature. */
  private static final int MAX_SIGNATURE_LINES = 12;

  private final String text;
  private final Lines lines;
  private final List<String> content;

  DraftParser(String text) {
    this.text = text;
    this.lines = Lines.of(text);
    List<String> all = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      all.add(lines.get(i));
    }
    this.content = all;
  }

  /** Quote blocks inside the agent's text (inline replies) and the line where trailing history starts. */
  private record QuoteLayout(List<int[]> inlineBlocks, int tailStart) {
    int lastInlineEnd(int orElse) {
      return inlineBlocks.isEmpty() ? orElse : inlineBlocks.get(inlineBlocks.size() - 1)[1];
    }
  }

  DraftStructure parse() {
    int salutationLine = findSalutation();
    int from = salutationLine + 1;
    QuoteLayout quotes = findQuotes(from);
    int closingLine = findClosing(quotes.lastInlineEnd(from), quotes.tailStart());
    int bodyEnd = closingLine >= 0 ? closingLine : quotes.tailStart();

    Span salutation = salutationLine >= 0 ? lines.span(salutationLine, from) : null;
    List<Span> bodyParts = bodyParts(from, bodyEnd, quotes.inlineBlocks());
    Span body = bodyParts.isEmpty()
        ? emptyBodyAt(salutation)
        : new Span(bodyParts.get(0).start(), bodyParts.get(bodyParts.size() - 1).end());
    Span closing = closingLine >= 0 ? lines.span(closingLine, quotes.tailStart()) : null;

    List<int[]> quoteBlocks = new ArrayList<>(quotes.inlineBlocks());
    if (lines.span(quotes.tailStart(), lines.size()) != null) {
      quoteBlocks.add(new int[] {quotes.tailStart(), lines.size()});
    }
    List<Span> quoteSpans = new ArrayList<>();
    for (int[] block : quoteBlocks) {
      quoteSpans.add(lines.span(block[0], block[1]));
    }

    List<Span> lintable = new ArrayList<>();
    Optional.ofNullable(salutation).ifPresent(lintable::add);
    lintable.addAll(bodyParts);
    List<Span> excluded = new ArrayList<>(quoteSpans);
    Optional.ofNullable(closing).ifPresent(excluded::add);
    excluded.sort(Comparator.comparingInt(Span::start));

    QuotedHistory history = readHistory(quoteBlocks);
    return new DraftStructure(text, salutation, body, closing,
        quoteSpans.isEmpty() ? null : quoteSpans.get(0), lintable, excluded,
        history == null ? null : history.message().orElse(null),
        authorOf(quoteBlocks));
  }

  /**
   * The salutation of {@link #parse}, read from the first non-blank line and the few lines below
   * it that tell a greeting from a reply header (a long text's other lines are never split).
   */
  static Optional<Span> salutation(String text) {
    int end = endOfLinesAfterFirstContent(text, QuoteMarkers.HEADER_BLOCK_REACH + 1);
    DraftParser parser = new DraftParser(text.substring(0, end));
    int line = parser.findSalutation();
    return line >= 0 ? Optional.ofNullable(parser.lines.span(line, line + 1)) : Optional.empty();
  }

  /** Where the {@code extra}-th line after the first non-blank line ends (or the text's end). */
  private static int endOfLinesAfterFirstContent(String text, int extra) {
    boolean content = false;
    int linesLeft = extra + 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (content && --linesLeft == 0) {
          return i;
        }
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (!Lines.isSpace(c)) {
        content = true;
      }
    }
    return text.length();
  }

  /** The first non-blank line, when it is a short greeting line. */
  private int findSalutation() {
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.isBlank(i)) {
        return Markers.isSalutation(lines.trimmed(i)) && !QuoteMarkers.isMarker(content, i) ? i : -1;
      }
    }
    return -1;
  }

  /**
   * Finds quoted history. A "&gt;" block (with the reply header right above it, if any) that the
   * agent's own text follows is an inline reply; a separator, an Outlook header block, a reply
   * header not followed by "&gt;" lines, or "&gt;" blocks with nothing but blank lines after them
   * start the history that runs to the end of the text.
   */
  private QuoteLayout findQuotes(int from) {
    List<int[]> blocks = new ArrayList<>();
    int tail = lines.size();
    int i = from;
    while (i < lines.size()) {
      if (lines.isBlank(i)) {
        i++;
        continue;
      }
      if (QuoteMarkers.startsHistory(content, i)) {
        tail = i;
        break;
      }
      int header = QuoteMarkers.replyHeaderLength(content, i);
      int quoted = header > 0 ? QuoteMarkers.nextNonBlank(content, i + header) : i;
      if (quoted >= 0 && QuoteMarkers.isQuotedLine(content.get(quoted))) {
        int end = quotedRunEnd(quoted);
        blocks.add(new int[] {i, end});
        i = end;
      } else if (header > 0) {
        tail = i;
        break;
      } else {
        i++;
      }
    }
    while (!blocks.isEmpty() && onlyBlankBetween(blocks.get(blocks.size() - 1)[1], tail)) {
      tail = blocks.remove(blocks.size() - 1)[0];
    }
    return new QuoteLayout(blocks, tail);
  }

  /** The line after the last "&gt;" line of the run starting at {@code from}; blank lines may sit inside. */
  private int quotedRunEnd(int from) {
    int end = from + 1;
    for (int i = from; i < lines.size(); i++) {
      if (QuoteMarkers.isQuotedLine(content.get(i))) {
        end = i + 1;
      } else if (!lines.isBlank(i)) {
        break;
      }
    }
    return end;
  }

  private boolean onlyBlankBetween(int from, int to) {
    return lines.span(from, to) == null;
  }

  /**
   * The first line of the closing: the last sign-off before the history that only signature
   * lines follow, or else the "-- " signature delimiter; -1 when there is none.
   */
  private int findClosing(int from, int to) {
    int delimiter = -1;
    for (int i = from; i < to; i++) {
      if (Markers.isSignatureDelimiter(content.get(i))) {
        delimiter = i;
        break;
      }
    }
    int signOff = findSignOff(from, delimiter >= 0 ? delimiter : to);
    return signOff >= 0 ? signOff : delimiter;
  }

  private int findSignOff(int from, int to) {
    int signatureLines = 0;
    for (int i = to - 1; i >= from; i--) {
      if (lines.isBlank(i)) {
        continue;
      }
      String line = lines.trimmed(i);
      if (Markers.isStrongSignOff(line)) {
        return i;
      }
      if (Markers.isWeakSignOff(line)
          && (signatureLines > 0 || Markers.nameOnSignOff(line).isPresent())) {
        return i;
      }
      if (!Markers.isSignatureLine(line) || ++signatureLines > MAX_SIGNATURE_LINES) {
        return -1;
      }
    }
    return -1;
  }

  /** The agent's text between salutation and closing, cut around inline quote blocks. */
  private List<Span> bodyParts(int from, int to, List<int[]> inlineBlocks) {
    List<Span> parts = new ArrayList<>();
    int start = from;
    for (int[] block : inlineBlocks) {
      Optional.ofNullable(lines.span(start, block[0])).ifPresent(parts::add);
      start = block[1];
    }
    Optional.ofNullable(lines.span(start, Math.max(start, to))).ifPresent(parts::add);
    return parts;
  }

  private static Span emptyBodyAt(Span salutation) {
    int at = salutation == null ? 0 : salutation.end();
    return new Span(at, at);
  }

  private QuotedHistory readHistory(List<int[]> quoteBlocks) {
    if (quoteBlocks.isEmpty()) {
      return null;
    }
    int[] first = quoteBlocks.get(0);
    return QuotedHistory.read(content.subList(first[0], first[1]));
  }

  /** The author named in the first quote block that has a header. */
  private String authorOf(List<int[]> quoteBlocks) {
    for (int[] block : quoteBlocks) {
      Optional<String> author = QuotedHistory.read(content.subList(block[0], block[1])).author();
      if (author.isPresent()) {
        return author.get();
      }
    }
    return null;
  }
}
