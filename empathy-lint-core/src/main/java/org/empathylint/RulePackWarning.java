package org.empathylint;

/**
 * Something in a company overlay (or the builder's settings) that loads but is probably not what
 * was meant: an entry that replaces a pack entry without saying so, a lemma LanguageTool's
 * dictionary does not know, a rule id to switch off that no entry has. {@link #toString()} reads
 * like a {@link RulePackException}'s message: {@code acme.yaml:12:5: warning: ...}.
 *
 * @param file    the overlay as the user knows it (a path, or the name given with its text), or
 *                {@code "disableRules"} for the builder's setting
 * @param line    1-based line, or 0 when there is none
 * @param column  1-based column, or 0 when there is none
 * @param problem what looks wrong, in words
 */
public record RulePackWarning(String file, int line, int column, String problem) {
  @Override
  public String toString() {
    return RulePackException.format(file, line, column, "warning: " + problem);
  }
}
