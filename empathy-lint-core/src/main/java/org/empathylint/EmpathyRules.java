package org.empathylint;

import java.util.List;
import org.empathylint.engine.CompiledPack;
import org.empathylint.engine.RuleSet;
import org.empathylint.pack.RulePacks;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.Rule;

/**
 * For hosts that already run their own {@code JLanguageTool}: our rules as ordinary LanguageTool
 * rules. They see only the text the host checks, so the customer's name and distress are unknown
 * to them; use {@link EmpathyLinter} for drafts with quoted history or a customer message.
 */
public final class EmpathyRules {
  private EmpathyRules() {}

  /** Adds the rules of the pack for the tool's language (for example "nl") to the tool. */
  public static void addTo(JLanguageTool languageTool) {
    create(languageTool.getLanguage().getShortCode()).forEach(languageTool::addRule);
  }

  /**
   * New rule instances for a language. Use one list per {@code JLanguageTool}: instances remember
   * the sentence they last saw.
   */
  public static List<Rule> create(String language) {
    return new RuleSet(CompiledPack.compile(RulePacks.load(language))).rules();
  }
}
