package org.empathylint.engine;

import org.languagetool.markup.AnnotatedTextBuilder;

/**
 * Invisible format characters that editors and right-to-left keyboards put into text: direction
 * marks and embeddings, zero-width joiner and non-joiner, word joiner, soft hyphen. They do not
 * change what a reader sees, so they must not change what matches: LanguageTool is given them as
 * markup that reads as nothing, and every offset still points into the original text.
 */
final class InvisibleCharacters {
  private InvisibleCharacters() {}

  static boolean isInvisible(char c) {
    return c == '\u00AD'                      // soft hyphen
        || c == '\u061C'                      // Arabic letter mark
        || (c >= '\u200C' && c <= '\u200F')   // ZWNJ, ZWJ, left-to-right and right-to-left marks
        || (c >= '\u202A' && c <= '\u202E')   // direction embeddings and overrides
        || c == '\u2060'                      // word joiner
        || (c >= '\u2066' && c <= '\u2069')   // direction isolates
        || c == '\uFEFF';                     // zero-width no-break space
  }

  /** Adds text to the builder, each run of invisible characters as markup that reads as nothing. */
  static void addText(AnnotatedTextBuilder builder, String text) {
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (!isInvisible(text.charAt(i))) {
        continue;
      }
      int end = i + 1;
      while (end < text.length() && isInvisible(text.charAt(end))) {
        end++;
      }
      if (i > start) {
        builder.addText(text.substring(start, i));
      }
      builder.addMarkup(text.substring(i, end), "");
      start = end;
      i = end - 1;
    }
    if (start < text.length()) {
      builder.addText(start == 0 ? text : text.substring(start));
    }
  }

  /** The text without its invisible characters (for text whose offsets are not reported). */
  static String removed(String text) {
    StringBuilder visible = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isInvisible(c)) {
        if (visible == null) {
          visible = new StringBuilder(text.length()).append(text, 0, i);
        }
      } else if (visible != null) {
        visible.append(c);
      }
    }
    return visible == null ? text : visible.toString();
  }
}
