package org.empathylint.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns a pack's suggestion templates into replacements for one finding. */
final class Suggestions {
  static final String NAME = "{name}";
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

  private Suggestions() {}

  /**
   * Fills {@code {name}} with the customer's name (templates that need it are left out when the
   * name is unknown), leaves out templates in another form of address than the draft's (unless
   * none would be left), and starts a suggestion with a capital where the flagged text does.
   */
  static List<String> render(List<String> templates, String flaggedText, CheckContext context) {
    List<String> inRegister = templates.stream()
        .filter(t -> !usesAny(t, context.foreignRegisterWords())).toList();
    return render(inRegister.isEmpty() ? templates : inRegister, flaggedText, context.customerName());
  }

  private static boolean usesAny(String text, Set<String> words) {
    if (words.isEmpty()) {
      return false;
    }
    for (String word : NON_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
      if (words.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> render(List<String> templates, String flaggedText, String customerName) {
    List<String> rendered = new ArrayList<>();
    boolean capital = !flaggedText.isEmpty() && Character.isUpperCase(flaggedText.charAt(0));
    for (String template : templates) {
      if (template.contains(NAME)) {
        if (customerName == null || customerName.isBlank()) {
          continue;
        }
        template = template.replace(NAME, customerName);
      }
      String suggestion = capital ? capitalize(template) : template;
      if (!rendered.contains(suggestion)) {
        rendered.add(suggestion);
      }
    }
    return rendered;
  }

  static String capitalize(String text) {
    if (text.isEmpty() || Character.isUpperCase(text.charAt(0))) {
      return text;
    }
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
