package org.empathylint.pack;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One replacement a pack entry offers for the words it flags. Either one text for every match
 * ({@code suggestions: ["als"]}), or a text per form of the flagged words, for entries that match
 * several inflected forms ({@code suggestions: [{dient: moet, dienen: moeten}]}): a form the map
 * does not name gets no replacement from it, so nothing uninflected is ever offered.
 *
 * @param text  the replacement for every match, or null when {@code forms} decide
 * @param forms the replacement per flagged text (keys lower case, single spaces); empty when
 *              {@code text} is given
 */
public record Replacement(String text, Map<String, String> forms, Source source) {

  public Replacement {
    forms = Map.copyOf(forms);
    if ((text == null) == forms.isEmpty()) {
      throw new IllegalArgumentException("a replacement has either one text or texts per form");
    }
  }

  public static Replacement of(String text, Source source) {
    return new Replacement(text, Map.of(), source);
  }

  /** The replacement for these flagged words, wherever they stand. */
  public Optional<String> forFlagged(String flagged) {
    return forFlagged(flagged, false);
  }

  /**
   * The replacement for these flagged words, if this one has one for them. A form written
   * {@code ^form} applies only at a sentence start, and there before {@code form} (a word order or a
   * connective that only fits there); a {@code *} in a form stands for any letters within one word
   * ({@code *tickets}, {@code kære *kunde}); the form written out in full wins, then the longest
   * with a {@code *}.
   */
  public Optional<String> forFlagged(String flagged, boolean atSentenceStart) {
    if (text != null) {
      return Optional.of(text);
    }
    String key = formKey(flagged);
    if (atSentenceStart && forms.containsKey("^" + key)) {
      return Optional.of(forms.get("^" + key));
    }
    String exact = forms.get(key);
    if (exact != null) {
      return Optional.of(exact);
    }
    String best = null;
    int bestLength = -1;
    for (Map.Entry<String, String> form : forms.entrySet()) {
      String k = form.getKey();
      boolean startOnly = k.startsWith("^");
      String pattern = startOnly ? k.substring(1) : k;
      if (pattern.contains("*") && (!startOnly || atSentenceStart) && k.length() > bestLength
          && key.matches(globToRegex(pattern))) {
        best = form.getValue();
        bestLength = k.length() + (startOnly ? 1000 : 0);
      }
    }
    return Optional.ofNullable(best);
  }

  private static String globToRegex(String glob) {
    StringBuilder regex = new StringBuilder();
    String[] parts = glob.split("\\*", -1);
    for (int i = 0; i < parts.length; i++) {
      regex.append(i > 0 ? "[^ ]*" : "").append(java.util.regex.Pattern.quote(parts[i]));
    }
    return regex.toString();
  }

  /** Every text this replacement can give, for checks and messages. */
  public java.util.Collection<String> texts() {
    return text != null ? java.util.List.of(text) : forms.values();
  }

  /** How a flagged text is looked up among the forms: lower case, white space as single spaces. */
  public static String formKey(String flagged) {
    return flagged.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return text != null ? text : forms.toString();
  }
}
