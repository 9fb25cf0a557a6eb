package org.empathylint.audit;

import java.util.List;
import java.util.Locale;
import org.empathylint.structure.DraftStructure;
import org.empathylint.structure.HtmlDraft;
import org.empathylint.structure.HtmlPiece;

/**
 * A reply's own text as a reader sees it (an HTML reply without its markup), up to its quoted history,
 * with a map from offsets in the reply as sent (where findings point) to offsets in this text.
 */
final class VisibleText {
  private final String text;
  private final int[] sourceStarts;
  private final int[] visibleStarts;
  private final int[] sourceLengths;
  private final int[] visibleLengths;

  private VisibleText(String text, int[] sourceStarts, int[] visibleStarts, int[] sourceLengths,
      int[] visibleLengths) {
    this.text = text;
    this.sourceStarts = sourceStarts;
    this.visibleStarts = visibleStarts;
    this.sourceLengths = sourceLengths;
    this.visibleLengths = visibleLengths;
  }

  static VisibleText of(Reply reply) {
    return reply.html() ? ofHtml(reply.text()) : ofPlain(reply.text());
  }

  private static VisibleText ofPlain(String text) {
    int end = DraftStructure.parse(text).quote().map(span -> span.start()).orElse(text.length());
    String own = text.substring(0, end);
    return new VisibleText(own, new int[] {0}, new int[] {0}, new int[] {end}, new int[] {end});
  }

  /** The pieces of the HTML as a mail client shows them, up to the first {@code <blockquote>}. */
  private static VisibleText ofHtml(String html) {
    int quote = html.toLowerCase(Locale.ROOT).indexOf("<blockquote");
    List<HtmlPiece> pieces = HtmlDraft.parse(quote < 0 ? html : html.substring(0, quote)).pieces();
    int n = pieces.size();
    int[] sourceStarts = new int[n];
    int[] visibleStarts = new int[n];
    int[] sourceLengths = new int[n];
    int[] visibleLengths = new int[n];
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      HtmlPiece piece = pieces.get(i);
      sourceStarts[i] = piece.source().start();
      sourceLengths[i] = piece.source().length();
      visibleStarts[i] = text.length();
      visibleLengths[i] = piece.plain().length();
      text.append(piece.plain());
    }
    return new VisibleText(text.toString(), sourceStarts, visibleStarts, sourceLengths, visibleLengths);
  }

  String text() {
    return text;
  }

  /**
   * The offset in {@link #text()} for an offset in the reply as sent: inside a piece whose shown text
   * is its source (words), the same position in it; else the piece's start or end.
   */
  int map(int sourceOffset) {
    int i = 0;
    while (i + 1 < sourceStarts.length && sourceStarts[i + 1] <= sourceOffset) {
      i++;
    }
    int into = sourceOffset - sourceStarts[i];
    int mapped;
    if (sourceLengths[i] == visibleLengths[i]) {
      mapped = visibleStarts[i] + Math.min(into, visibleLengths[i]);
    } else {
      mapped = visibleStarts[i] + (into <= 0 ? 0 : visibleLengths[i]);
    }
    return Math.min(Math.max(mapped, 0), text.length());
  }
}
