package org.empathylint.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts an HTML source into consecutive pieces as a mail client shows it: text, entities decoded,
 * whitespace collapsed, tags as line or block breaks or as nothing. Each piece knows whether it
 * sits in quoted history or a signature container, and at what "&gt;" quote depth.
 */
final class HtmlWalker implements NodeFilter {
  /** An entity (named or numeric, with or without its ';'), a whitespace run, or other chars. */
  private static final Pattern TOKEN = Pattern.compile(
      "(?<entity>&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?))"
          + "|(?<space>[ \\t\\n\\r\\f]+)|(?<word>[^& \\t\\n\\r\\f]+|&)");
  private static final String NO_BREAK_SPACE = "\u00A0";
  private static final Set<String> INVISIBLE = Set.of("\u00AD", "\u200B", "\u200C", "\u200D", "\uFEFF");

  /** Whose words a piece holds, as the HTML containers tell. */
  enum Region { AGENT, SIGNATURE, QUOTE }

  /** A piece under construction; {@link #plain} may still grow by a break. */
  static final class Piece {
    final int start;
    final int end;
    String plain;
    final boolean markup;
    final Region region;
    final int quoteDepth;

    Piece(int start, int end, String plain, boolean markup, Region region, int quoteDepth) {
      this.start = start;
      this.end = end;
      this.plain = plain;
      this.markup = markup;
      this.region = region;
      this.quoteDepth = quoteDepth;
    }
  }

  private final String html;
  private final List<Piece> pieces = new ArrayList<>();
  private final StringBuilder plain = new StringBuilder();
  private int cursor;
  private int pendingLines;
  private boolean pendingBlock;
  private int openQuotes;
  private int openSignatures;
  private int quoteDepth;
  private int openPreformatted;
  private boolean historyStarted;

  private HtmlWalker(String html) {
    this.html = html;
  }

  /** The pieces of {@code html}, consecutive and covering all of it. */
  static List<Piece> walk(String html) {
    HtmlWalker walker = new HtmlWalker(html);
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    NodeTraversor.filter(walker, parser.parseInput(html, ""));
    walker.skipTo(html.length());
    return walker.pieces;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode text) {
      addText(text);
    } else if (node instanceof Element e) {
      if (HtmlElements.isHidden(e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      historyStarted |= HtmlElements.startsHistory(e);
      boundary(e);
      openQuotes += HtmlElements.isQuote(e) ? 1 : 0;
      openSignatures += HtmlElements.isSignature(e) ? 1 : 0;
      quoteDepth += HtmlElements.isQuoteLevel(e) ? 1 : 0;
      openPreformatted += HtmlElements.isPreformatted(e) ? 1 : 0;
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node instanceof Element e && !HtmlElements.isHidden(e)) {
      quoteDepth -= HtmlElements.isQuoteLevel(e) ? 1 : 0;
      openPreformatted -= HtmlElements.isPreformatted(e) ? 1 : 0;
      openQuotes -= HtmlElements.isQuote(e) ? 1 : 0;
      openSignatures -= HtmlElements.isSignature(e) ? 1 : 0;
      if (HtmlElements.isBlock(e)) {
        pendingBlock = true;
      }
    }
    return FilterResult.CONTINUE;
  }

  private void boundary(Element e) {
    if (HtmlElements.isLineBreak(e)) {
      pendingLines++;
    } else if (HtmlElements.isBlock(e)) {
      pendingBlock = true;
    }
  }

  /** Reads a text node's own source, so that entities and whitespace keep their exact offsets. */
  private void addText(TextNode text) {
    Range range = text.sourceRange();
    if (!range.isTracked() || range.startPos() < cursor || range.endPos() > html.length()) {
      return; // a node the parser made up or moved: its source, if any, stays markup
    }
    skipTo(range.startPos()); // the tags before this text, so a pending break has markup to go into
    Matcher m = TOKEN.matcher(html).region(range.startPos(), range.endPos());
    while (m.find()) {
      if (m.group("space") != null && openPreformatted == 0) {
        addSpace(m.start(), m.end());
      } else if (m.group("entity") != null) {
        addEntity(m.start(), m.end());
      } else {
        addSource(m.start(), m.end());
      }
    }
  }

  /** HTML whitespace reads as one space, and as nothing at the start of a line. */
  private void addSpace(int start, int end) {
    boolean collapses = pendingLines > 0 || pendingBlock || plain.isEmpty()
        || Lines.isSpace(plain.charAt(plain.length() - 1));
    if (collapses) {
      add(start, end, "", true);
    } else if (end - start == 1 && html.charAt(start) == ' ') {
      add(start, end, " ", false);
    } else {
      add(start, end, " ", true);
    }
  }

  /**
   * An entity reads as its character; a no-break space as a space, and soft hyphens and
   * zero-width characters as nothing, so that words stay whole for LanguageTool.
   */
  private void addEntity(int start, int end) {
    String source = html.substring(start, end);
    String decoded = Parser.unescapeEntities(source, false);
    if (decoded.equals(source)) {
      addSource(start, end); // not an entity after all: "&" read as it stands
    } else if (INVISIBLE.contains(decoded)) {
      add(start, end, "", true);
    } else {
      flushBreak();
      add(start, end, decoded.equals(NO_BREAK_SPACE) ? " " : decoded, true);
    }
  }

  /** Source chars read as they stand. */
  private void addSource(int start, int end) {
    flushBreak();
    add(start, end, html.substring(start, end), false);
  }

  /** Puts the pending line or block break after the last visible text, into the markup before this point. */
  private void flushBreak() {
    if (pendingLines == 0 && !pendingBlock) {
      return;
    }
    StringBuilder lineBreak = new StringBuilder("\n".repeat(pendingLines));
    if (pendingBlock) {
      int trailing = trailingNewlines(plain) + lineBreak.length();
      lineBreak.append("\n".repeat(Math.max(0, 2 - trailing)));
    }
    pendingLines = 0;
    pendingBlock = false;
    Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
    if (plain.isEmpty() || last == null || !last.markup) {
      return; // the start of the draft, or no markup to carry the break
    }
    last.plain += lineBreak;
    plain.append(lineBreak);
  }

  private static int trailingNewlines(CharSequence s) {
    int n = 0;
    for (int i = s.length() - 1; i >= 0 && s.charAt(i) == '\n'; i--) {
      n++;
    }
    return n;
  }

  /** Everything from the cursor up to {@code end} is markup that reads as nothing (so far). */
  private void skipTo(int end) {
    if (end > cursor) {
      add(cursor, end, "", true);
    }
  }

  private Region region() {
    if (historyStarted || openQuotes > 0) {
      return Region.QUOTE;
    }
    return openSignatures > 0 ? Region.SIGNATURE : Region.AGENT;
  }

  private void add(int start, int end, String text, boolean isMarkup) {
    if (start > cursor) {
      add(cursor, start, "", true);
    }
    pieces.add(new Piece(start, end, text, isMarkup, region(), quoteDepth));
    plain.append(text);
    cursor = end;
  }
}
