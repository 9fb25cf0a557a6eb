package org.empathylint.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one quoted part of a draft: who wrote it (from its reply header or "Van:" line) and what
 * they wrote, without the "&gt;" prefixes, the headers, and any older history quoted inside it.
 */
final class QuotedHistory {
  private final String author;
  private final String message;

  private QuotedHistory(String author, String message) {
    this.author = author;
    this.message = message;
  }

  static QuotedHistory read(List<String> quoteLines) {
    List<String> lines = new ArrayList<>(quoteLines);
    String author = null;
    int at = skipBlank(lines, 0);
    int header = at < lines.size() ? QuoteMarkers.replyHeaderLength(lines, at) : 0;
    if (header > 0) {
      author = senderOfReplyHeader(lines, at, header);
      at += header;
    }
    lines = unquoteOneLevel(lines.subList(at, lines.size()));
    at = skipBlank(lines, 0);
    // Apple Mail puts the reply header inside the quote: "> Op … heeft … het volgende geschreven:".
    int quotedHeader = author == null && at < lines.size() ? QuoteMarkers.replyHeaderLength(lines, at) : 0;
    if (quotedHeader > 0) {
      author = senderOfReplyHeader(lines, at, quotedHeader);
      at = skipBlank(lines, at + quotedHeader);
    }
    if (at < lines.size() && (QuoteMarkers.isSeparator(lines.get(at))
        || QuoteMarkers.isUnderscoreRule(lines.get(at)))) {
      at = skipBlank(lines, at + 1);
    }
    if (at < lines.size() && QuoteMarkers.isHeaderBlock(lines, at)) {
      if (author == null) {
        author = QuoteMarkers.fromFieldSender(lines.get(at)).flatMap(QuoteMarkers::displayName)
            .orElse(null);
      }
      at = skipHeaderFields(lines, at);
    }
    return new QuotedHistory(author, ownWords(lines, at));
  }

  Optional<String> author() {
    return Optional.ofNullable(author);
  }

  Optional<String> message() {
    return Optional.ofNullable(message);
  }

  private static String senderOfReplyHeader(List<String> lines, int at, int length) {
    String header = Lines.strip(lines.get(at));
    if (length == 2) {
      header = header + " " + Lines.strip(lines.get(at + 1));
    }
    return QuoteMarkers.replyHeaderSender(header).flatMap(QuoteMarkers::displayName).orElse(null);
  }

  /** Strips one "&gt;" (and the space after it) from every line that has one. */
  private static List<String> unquoteOneLevel(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      int k = 0;
      while (k < line.length() && Lines.isSpace(line.charAt(k))) {
        k++;
      }
      String unquoted = line;
      if (k < line.length() && line.charAt(k) == '>') {
        unquoted = line.substring(k + 1);
        if (unquoted.startsWith(" ")) {
          unquoted = unquoted.substring(1);
        }
      }
      out.add(stripTrailing(unquoted));
    }
    return out;
  }

  /**
   * Skips the "Van:", "Verzonden:", ... lines, and lines continuing a wrapped field (a long
   * "Aan:" list), which another field follows shortly.
   */
  private static int skipHeaderFields(List<String> lines, int at) {
    int i = at;
    while (i < lines.size() && (isField(lines, i) || continuesFields(lines, i))) {
      i++;
    }
    return skipBlank(lines, i);
  }

  private static boolean isField(List<String> lines, int i) {
    return QuoteMarkers.HEADER_FIELD.matcher(Lines.strip(lines.get(i))).find();
  }

  private static boolean continuesFields(List<String> lines, int i) {
    if (Lines.strip(lines.get(i)).isEmpty()) {
      return false;
    }
    return (i + 1 < lines.size() && isField(lines, i + 1))
        || (i + 2 < lines.size() && !Lines.strip(lines.get(i + 1)).isEmpty()
            && isField(lines, i + 2));
  }

  /** The lines up to the next marker of older history, trimmed of blank lines. */
  private static String ownWords(List<String> lines, int from) {
    int end = from;
    while (end < lines.size() && !QuoteMarkers.isMarker(lines, end)) {
      end++;
    }
    int start = skipBlank(lines, from);
    while (end > start && Lines.strip(lines.get(end - 1)).isEmpty()) {
      end--;
    }
    return start < end ? String.join("\n", lines.subList(start, end)) : null;
  }

  private static int skipBlank(List<String> lines, int from) {
    int i = from;
    while (i < lines.size() && Lines.strip(lines.get(i)).isEmpty()) {
      i++;
    }
    return i;
  }

  private static String stripTrailing(String s) {
    int end = s.length();
    while (end > 0 && Lines.isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }
}
