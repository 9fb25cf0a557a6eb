package org.empathylint.server;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.languagetool.rules.RuleMatch;

/**
 * LanguageTool's {@code enabledRules}, {@code disabledRules}, {@code enabledCategories},
 * {@code disabledCategories} and {@code enabledOnly}, applied to finished matches. A rule id may be
 * a pack entry id ({@code NL_JARGON_TICKET}) or a LanguageTool rule id
 * ({@code EMPATHY_NL_PROCESS_JARGON}, a whole category of one language).
 */
record RuleSelection(Set<String> enabledRules, Set<String> disabledRules, Set<String> enabledCategories,
    Set<String> disabledCategories, boolean enabledOnly) {

  static RuleSelection from(FormData form) {
    RuleSelection selection = new RuleSelection(list(form, "enabledRules"), list(form, "disabledRules"),
        list(form, "enabledCategories"), list(form, "disabledCategories"), enabledOnly(form));
    if (selection.enabledOnly && selection.enabledRules.isEmpty() && selection.enabledCategories.isEmpty()) {
      throw new HttpError(HttpError.BAD_REQUEST,
          "enabledOnly=true needs enabledRules or enabledCategories");
    }
    return selection;
  }

  boolean keeps(RuleMatch match) {
    String ruleId = match.getRule().getId();
    String entryId = match.getSpecificRuleId();
    String category = match.getRule().getCategory().getId().toString();
    if (enabledOnly) {
      return enabledRules.contains(ruleId) || enabledRules.contains(entryId) || enabledCategories.contains(category);
    }
    return !disabledRules.contains(ruleId) && !disabledRules.contains(entryId)
        && !disabledCategories.contains(category);
  }

  private static Set<String> list(FormData form, String field) {
    return Arrays.stream(form.getOrEmpty(field).split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  private static boolean enabledOnly(FormData form) {
    // LanguageTool's own Java client sends "yes".
    String value = form.getOrEmpty("enabledOnly").trim().toLowerCase(java.util.Locale.ROOT);
    return switch (value) {
      case "", "false", "no" -> false;
      case "true", "yes" -> true;
      default -> throw new HttpError(HttpError.BAD_REQUEST, "enabledOnly must be true or false");
    };
  }
}
