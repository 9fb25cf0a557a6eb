package org.empathylint.bench;

import java.util.ArrayList;
import java.util.List;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;

/** The LanguageTool baselines the benchmarks compare against. */
public final class LanguageTools {
  private LanguageTools() {}

  /**
   * LanguageTool's analysis only: sentence splitting, tokenizing, tagging, disambiguation, and no
   * rules at all. The same constructor empathy-lint's checker uses, with an empty rule list, so its
   * own rules are never built.
   */
  public static JLanguageTool analysisOnly(String languageCode) {
    return new JLanguageTool(language(languageCode), List.of(), null, null, null, null, false, true,
        new ArrayList<Rule>());
  }

  /** LanguageTool with its default rules for the language (grammar, style and spelling). */
  public static JLanguageTool defaultRules(String languageCode) {
    return new JLanguageTool(language(languageCode));
  }

  static Language language(String code) {
    return Languages.getLanguageForShortCode(code);
  }
}
