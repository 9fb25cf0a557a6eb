package org.empathylint.structure;

import java.util.List;
import java.util.Optional;

/**
 * The parts of a plain-text reply draft: the agent's salutation and body, which may be linted,
 * and the closing with signature and the quoted customer history, which may not.
 *
 * <p>Nl, da and en mail conventions are recognised at once: Gmail, Outlook, Apple Mail and
 * Thunderbird reply headers, "&gt;" quoting, forwarded messages and the "-- " signature delimiter.
 * All spans are offsets into {@link #text()} exactly as given (CRLF included) and are trimmed of
 * surrounding whitespace.
 *
 * <p>Inline replies: a "&gt;" block (with its reply header, if any) that the agent's own text
 * follows is excluded on its own and the text around it stays lintable, so {@link #lintable()}
 * then holds several body parts and {@link #body()} runs from the first to the last of them. A
 * separator, an Outlook header block, a reply header without "&gt;" lines below it, or "&gt;"
 * blocks followed by nothing but blank lines start history that runs to the end of the text.
 * {@link #quote()} is the first quoted part in either case.
 */
public final class DraftStructure {
  private final String text;
  private final Span salutation;
  private final Span body;
  private final Span closing;
  private final Span quote;
  private final List<Span> lintable;
  private final List<Span> excluded;
  private final String quotedMessage;
  private final String quoteAuthorName;

  DraftStructure(String text, Span salutation, Span body, Span closing, Span quote,
      List<Span> lintable, List<Span> excluded, String quotedMessage, String quoteAuthorName) {
    this.text = text;
    this.salutation = salutation;
    this.body = body;
    this.closing = closing;
    this.quote = quote;
    this.lintable = List.copyOf(lintable);
    this.excluded = List.copyOf(excluded);
    this.quotedMessage = quotedMessage;
    this.quoteAuthorName = quoteAuthorName;
  }

  /**
   * Splits a plain-text reply draft (any of nl, da, en mail conventions) into its parts. Never
   * throws on any input; {@code null} reads as the empty text.
   */
  public static DraftStructure parse(String text) {
    return new DraftParser(text == null ? "" : text).parse();
  }

  /**
   * Only the salutation of {@link #parse}: the same span, without reading the rest of the text.
   */
  public static Optional<Span> salutationOf(String text) {
    return DraftParser.salutation(text == null ? "" : text);
  }

  public String text() {
    return text;
  }

  /** The first non-blank line when it is a short greeting line: "Hoi Lotte,", "Kære kunde". */
  public Optional<Span> salutation() {
    return Optional.ofNullable(salutation);
  }

  /**
   * The agent's own words between salutation and closing. Empty when there are none; it then sits
   * right after the salutation, or at 0.
   */
  public Span body() {
    return body;
  }

  /** The sign-off and signature block (or the "-- " signature), up to the quote or the end. */
  public Optional<Span> closing() {
    return Optional.ofNullable(closing);
  }

  /** The first quoted part: usually the history from its first marker to the end. */
  public Optional<Span> quote() {
    return Optional.ofNullable(quote);
  }

  /** What the linter may check: the salutation (if any) and the body part(s), in order. */
  public List<Span> lintable() {
    return lintable;
  }

  /** The closing and every quoted part, in order: the rest of the non-blank text. */
  public List<Span> excluded() {
    return excluded;
  }

  /**
   * The customer's own words in the first quoted part: "&gt;" prefixes, reply header or Outlook
   * header block, separator and older history quoted below them removed; lines joined by "\n".
   */
  public Optional<String> quotedMessage() {
    return Optional.ofNullable(quotedMessage);
  }

  /**
   * The name of whoever wrote the quoted message, from its reply header or "Van:"/"Fra:"/"From:"
   * line, without address or quotes; empty when the header shows only an address.
   */
  public Optional<String> quoteAuthorName() {
    return Optional.ofNullable(quoteAuthorName);
  }

  @Override
  public String toString() {
    return "DraftStructure[salutation=" + salutation + ", body=" + body + ", closing=" + closing
        + ", quote=" + quote + "]";
  }
}
