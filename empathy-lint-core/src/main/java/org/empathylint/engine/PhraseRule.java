package org.empathylint.engine;

import java.util.ArrayList;
import java.util.List;
import org.empathylint.FindingCategory;
import org.empathylint.Severity;
import org.empathylint.pack.PackEntry;
import org.languagetool.AnalyzedSentence;
import org.languagetool.rules.ITSIssueType;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;

/**
 * The sentence rule of one phrase category (COLD_PHRASE, PROCESS_JARGON, FORMAL_WORDING,
 * NEGATIVE_FRAMING). Each match carries the pack entry's id as its specific rule id.
 */
final class PhraseRule extends Rule {
  private final RuleSet ruleSet;
  private final FindingCategory category;

  PhraseRule(RuleSet ruleSet, FindingCategory category) {
    this.ruleSet = ruleSet;
    this.category = category;
    setCategory(ruleSet.pack().category(category));
    setLocQualityIssueType(category == FindingCategory.FORMAL_WORDING ? ITSIssueType.Register : ITSIssueType.Style);
  }

  @Override
  public String getId() {
    return ruleSet.pack().ruleId(category);
  }

  @Override
  public String getDescription() {
    return ruleSet.pack().pack().category(category).description();
  }

  @Override
  public RuleMatch[] match(AnalyzedSentence sentence) {
    CheckContext context = ruleSet.context();
    List<Hit> hits = ruleSet.scanner().scan(sentence).findings(category).stream().filter(context::allows).toList();
    if (hits.isEmpty()) {
      return RuleMatch.EMPTY_ARRAY;
    }
    String text = sentence.getText();
    List<RuleMatch> matches = new ArrayList<>(hits.size());
    for (Hit hit : hits) {
      matches.add(toRuleMatch(this, sentence, hit.entry(), hit.fromPos(), hit.toPos(),
          text.substring(hit.fromPos(), hit.toPos()), context));
    }
    return matches.toArray(RuleMatch.EMPTY_ARRAY);
  }

  /** A RuleMatch for a pack entry; positions as LanguageTool expects them for the rule kind. */
  static RuleMatch toRuleMatch(Rule rule, AnalyzedSentence sentence, PackEntry entry, int from, int to,
      String flagged, CheckContext context) {
    RuleMatch match = new RuleMatch(rule, sentence, from, to, entry.message(), entry.shortMessage());
    match.setSuggestedReplacements(Suggestions.render(entry.suggestions(), flagged, context));
    match.setSpecificRuleId(entry.id());
    match.setType(entry.severity() == Severity.HINT ? RuleMatch.Type.Hint : RuleMatch.Type.Other);
    return match;
  }
}
