package org.empathylint.structure;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** What an HTML element means for a mail draft: hidden, a line or block break, quote or signature. */
final class HtmlElements {
  /** Never shown as text by a mail client. */
  private static final Set<String> HIDDEN = Set.of(
      "head", "script", "style", "title", "template", "noscript", "meta", "link", "object", "iframe",
      "svg", "math");

  private static final Set<String> PREFORMATTED = Set.of("pre", "textarea", "listing", "plaintext");
  private static final Pattern DISPLAY_NONE =
      Pattern.compile("(?:^|;)\\s*display\\s*:\\s*none", Pattern.CASE_INSENSITIVE);

  /** Elements that start and end a block of their own: their text never joins a neighbour's. */
  private static final Set<String> BLOCKS = Set.of(
      "html", "body", "p", "div", "blockquote", "pre", "address", "center", "section", "article",
      "header", "footer", "main", "nav", "aside", "figure", "figcaption", "hr", "h1", "h2", "h3",
      "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "thead", "tbody",
      "tfoot", "tr", "td", "th", "form", "fieldset", "legend", "details", "summary");

  private static final Set<String> QUOTE_CLASSES =
      Set.of("gmail_quote", "gmail_quote_container", "gmail_attr", "moz-cite-prefix", "yahoo_quoted");
  /** Outlook's reply header containers (Windows, web, Mac, older versions). */
  private static final Set<String> HISTORY_IDS =
      Set.of("divrplyfwdmsg", "mail-editor-reference-message-container");
  private static final Set<String> SIGNATURE_CLASSES = Set.of(
      "gmail_signature", "gmail_signature_prefix", "moz-signature");
  private static final Set<String> SIGNATURE_IDS = Set.of("signature", "signature_bookmark");

  private static final Pattern OUTLOOK_BORDER =
      Pattern.compile("border-top:\\s*solid", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADER_START = Pattern.compile(
      "^\\s*(?:van|from|fra|de|von|afzender|afsender|sender)\\s*:", Pattern.CASE_INSENSITIVE);

  private HtmlElements() {}

  static boolean isHidden(Element e) {
    return HIDDEN.contains(e.normalName()) || DISPLAY_NONE.matcher(e.attr("style")).find();
  }

  /** Whitespace inside is shown as it stands. */
  static boolean isPreformatted(Element e) {
    return PREFORMATTED.contains(e.normalName());
  }

  static boolean isBlock(Element e) {
    return BLOCKS.contains(e.normalName());
  }

  static boolean isLineBreak(Element e) {
    return e.normalName().equals("br");
  }

  /** A container of quoted history or its header: any blockquote, Gmail's and Thunderbird's wrappers. */
  static boolean isQuote(Element e) {
    return e.normalName().equals("blockquote") || hasAnyClass(e, QUOTE_CLASSES);
  }

  /** Adds one level of "&gt;" quoting to the text inside it. */
  static boolean isQuoteLevel(Element e) {
    return e.normalName().equals("blockquote");
  }

  static boolean isSignature(Element e) {
    return hasAnyClass(e, SIGNATURE_CLASSES)
        || SIGNATURE_IDS.contains(e.id().toLowerCase(Locale.ROOT))
        || "gmail_signature".equals(e.attr("data-smartmail"));
  }

  /**
   * Outlook's reply header block: the quoted history starts here and runs to the end of the mail
   * (Outlook puts the quoted message after the header, not inside it).
   */
  static boolean startsHistory(Element e) {
    if (HISTORY_IDS.contains(e.id().toLowerCase(Locale.ROOT))
        || e.hasClass("OutlookMessageHeader")) {
      return true;
    }
    return e.normalName().equals("div") && OUTLOOK_BORDER.matcher(e.attr("style")).find()
        && HEADER_START.matcher(e.text()).find();
  }

  private static boolean hasAnyClass(Element e, Set<String> classes) {
    for (String name : e.classNames()) {
      if (classes.contains(name.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
