package org.empathylint.engine;

import java.util.ArrayList;
import java.util.List;
import org.empathylint.FindingCategory;
import org.languagetool.AnalyzedSentence;
import org.languagetool.rules.ITSIssueType;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.TextLevelRule;

/**
 * IMPERSONAL_ADDRESS: addresses the customer as a category ("Geachte klant", "Kære kunde"). Only
 * the draft's first sentence (where the salutation is) is read; the suggestion uses the customer's
 * name when it is known.
 */
final class SalutationRule extends TextLevelRule {
  private final RuleSet ruleSet;

  SalutationRule(RuleSet ruleSet) {
    this.ruleSet = ruleSet;
    setCategory(ruleSet.pack().category(FindingCategory.IMPERSONAL_ADDRESS));
    setLocQualityIssueType(ITSIssueType.Style);
  }

  @Override
  public String getId() {
    return ruleSet.pack().ruleId(FindingCategory.IMPERSONAL_ADDRESS);
  }

  @Override
  public String getDescription() {
    return ruleSet.pack().pack().category(FindingCategory.IMPERSONAL_ADDRESS).description();
  }

  @Override
  public RuleMatch[] match(List<AnalyzedSentence> sentences) {
    int offset = 0;
    for (AnalyzedSentence sentence : sentences) {
      if (!sentence.getText().isBlank()) {
        return matchSalutation(sentence, offset);
      }
      offset += sentence.getCorrectedTextLength();
    }
    return RuleMatch.EMPTY_ARRAY;
  }

  private RuleMatch[] matchSalutation(AnalyzedSentence sentence, int offset) {
    List<RuleMatch> matches = new ArrayList<>();
    String text = sentence.getText();
    for (Hit hit : ruleSet.scanner().scan(sentence).findings(FindingCategory.IMPERSONAL_ADDRESS)) {
      if (!ruleSet.context().allows(hit)) {
        continue;
      }
      Suggestions.Placed placed = hit.adviceOnly() ? Suggestions.Placed.none(hit.fromPos(), hit.toPos())
          : Suggestions.place(hit.entry(), text, hit.fromPos(), hit.toPos(), ruleSet.context(),
          ruleSet.pack().pack().determiners());
      matches.add(PhraseRule.toRuleMatch(this, sentence, hit.entry(),
          new Suggestions.Placed(offset + placed.from(), offset + placed.to(), placed.replacements()),
          text.substring(placed.from(), placed.to())));
    }
    return matches.toArray(RuleMatch.EMPTY_ARRAY);
  }

  @Override
  public int minToCheckParagraph() {
    return -1;
  }
}
