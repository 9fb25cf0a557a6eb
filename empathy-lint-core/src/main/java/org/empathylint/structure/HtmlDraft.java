package org.empathylint.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.empathylint.structure.HtmlWalker.Piece;
import org.empathylint.structure.HtmlWalker.Region;

/**
 * An HTML reply draft cut into {@link HtmlPiece pieces} with exact source offsets, the agent's
 * words marked lintable, and the quoted customer message read from it.
 *
 * <p>Quote containers (any blockquote, Gmail's and Thunderbird's wrappers, Outlook's header block
 * and everything after it) and signature containers are never lintable. The rest is read as plain
 * text and given to {@link DraftStructure}, so the plain-text conventions (sign-off and name
 * lines, "Op … schreef …:" headers, "&gt;" lines, "-- ") apply inside HTML too. For that reading
 * quote containers become "&gt;" quoted lines and a signature container a "-- " signature.
 */
public final class HtmlDraft {
  private static final String SIGNATURE_DELIMITER = "\n\n-- \n\n";

  private final String html;
  private final List<HtmlPiece> pieces;
  private final String plainText;
  private final DraftStructure structure;

  private HtmlDraft(String html, List<HtmlPiece> pieces, String plainText, DraftStructure structure) {
    this.html = html;
    this.pieces = List.copyOf(pieces);
    this.plainText = plainText;
    this.structure = structure;
  }

  /** Reads an HTML draft, whole document or fragment. Never throws on any input; null reads as "". */
  public static HtmlDraft parse(String html) {
    String source = html == null ? "" : html;
    List<Piece> walked = HtmlWalker.walk(source);
    MailText mail = MailText.of(walked);
    DraftStructure structure = DraftStructure.parse(mail.text());
    List<HtmlPiece> pieces = new ArrayList<>(walked.size());
    StringBuilder plain = new StringBuilder();
    for (int i = 0; i < walked.size(); i++) {
      Piece p = walked.get(i);
      boolean lintable = p.region == Region.AGENT && isInside(structure.lintable(), mail.offset(i));
      pieces.add(new HtmlPiece(new Span(p.start, p.end), p.plain, p.markup, lintable));
      plain.append(p.plain);
    }
    return new HtmlDraft(source, pieces, plain.toString(), structure);
  }

  private static boolean isInside(List<Span> spans, int offset) {
    for (Span span : spans) {
      if (span.contains(offset)) {
        return true;
      }
    }
    return false;
  }

  public String html() {
    return html;
  }

  /** The consecutive pieces that make up the source, in order. */
  public List<HtmlPiece> pieces() {
    return pieces;
  }

  /** The whole draft as a mail client shows it, as text: the pieces' {@code plain} joined. */
  public String plainText() {
    return plainText;
  }

  /** The customer's own words in the first quoted message, as {@link DraftStructure#quotedMessage()}. */
  public Optional<String> quotedMessage() {
    return structure.quotedMessage();
  }

  /** Who wrote the first quoted message, from its reply header; see {@link DraftStructure#quoteAuthorName()}. */
  public Optional<String> quoteAuthorName() {
    return structure.quoteAuthorName();
  }

  /**
   * The pieces written out as a plain-text mail: agent text as it is, quote containers with "&gt;"
   * before each line (one per blockquote level), each signature container as a "-- " line.
   */
  private record MailText(String text, int[] offsets) {
    int offset(int piece) {
      return offsets[piece];
    }

    static MailText of(List<Piece> pieces) {
      StringBuilder text = new StringBuilder();
      int[] offsets = new int[pieces.size()];
      Region previous = Region.AGENT;
      for (int i = 0; i < pieces.size(); i++) {
        Piece p = pieces.get(i);
        if (p.region == Region.SIGNATURE && previous != Region.SIGNATURE) {
          text.append(SIGNATURE_DELIMITER);
        }
        offsets[i] = text.length();
        if (p.region != Region.SIGNATURE) {
          appendQuoted(text, p.plain, p.region == Region.QUOTE ? p.quoteDepth : 0);
        }
        previous = p.region;
      }
      return new MailText(text.toString(), offsets);
    }

    private static void appendQuoted(StringBuilder text, String plain, int depth) {
      for (int i = 0; i < plain.length(); i++) {
        char c = plain.charAt(i);
        boolean lineStart = text.length() == 0 || text.charAt(text.length() - 1) == '\n';
        if (depth > 0 && lineStart && c != '\n') {
          text.append(">".repeat(depth)).append(' ');
        }
        text.append(c);
      }
    }
  }
}
