package org.empathylint.engine;

import java.util.List;
import org.empathylint.FindingCategory;
import org.languagetool.AnalyzedSentence;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.TextLevelRule;

/**
 * Finds nothing itself: LanguageTool runs the text-level rules before the sentence rules, and this
 * one scans the whole text then, so that the phrase rules see each sentence as the text around it
 * leaves it (a refusal the next sentence turns into what can be done is no finding).
 */
final class ScanRule extends TextLevelRule {
  private final RuleSet ruleSet;

  ScanRule(RuleSet ruleSet) {
    this.ruleSet = ruleSet;
    setCategory(ruleSet.pack().category(FindingCategory.NEGATIVE_FRAMING));
  }

  @Override
  public String getId() {
    return ruleSet.pack().ruleId(FindingCategory.NEGATIVE_FRAMING) + "_CONTEXT";
  }

  @Override
  public String getDescription() {
    return "Reads the text around each sentence for the phrase rules";
  }

  @Override
  public RuleMatch[] match(List<AnalyzedSentence> sentences) {
    ruleSet.scanner().scanAll(sentences);
    return RuleMatch.EMPTY_ARRAY;
  }

  @Override
  public int minToCheckParagraph() {
    return -1;
  }
}
