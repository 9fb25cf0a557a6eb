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

  /**
   * The replacement for these flagged words, if this one has one for them. A form {@code *ending}
   * stands for any one flagged word with that ending (compounds: {@code *tickets}); the longest
   * such ending wins, a form written out in full before it.
   */
  public Optional<String> forFlagged(String flagged) {
    if (text != null) {
      return Optional.of(text);
    }
    String key = formKey(flagged);
    String exact = forms.get(key);
    if (exact != null || key.contains(" ")) {
      return Optional.ofNullable(exact);
    }
    String best = null;
    int bestLength = -1;
    for (Map.Entry<String, String> form : forms.entrySet()) {
      String k = form.getKey();
      if (k.startsWith("*") && key.endsWith(k.substring(1)) && k.length() > bestLength) {
        best = form.getValue();
        bestLength = k.length();
      }
    }
    return Optional.ofNullable(best);
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
