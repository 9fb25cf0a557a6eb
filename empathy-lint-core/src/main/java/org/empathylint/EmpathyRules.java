package org.empathylint;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
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
  // Compiling the trie is cheap but not free, and LanguageTool asks for rules per pipeline it builds.
  private static final Map<String, CompiledPack> COMPILED = new ConcurrentHashMap<>();

  private EmpathyRules() {}

  /** Adds the rules of the pack for the tool's language (for example "nl") to the tool. */
  public static void addTo(JLanguageTool languageTool) {
    Objects.requireNonNull(languageTool, "languageTool must not be null");
    create(languageTool.getLanguage().getShortCode()).forEach(languageTool::addRule);
  }

  /**
   * New rule instances for a language. Use one list per {@code JLanguageTool}: instances remember
   * the sentence they last saw.
   */
  public static List<Rule> create(String language) {
    Objects.requireNonNull(language, "language must not be null");
    return new RuleSet(COMPILED.computeIfAbsent(language, l -> CompiledPack.compile(RulePacks.load(l)))).rules();
  }
}
