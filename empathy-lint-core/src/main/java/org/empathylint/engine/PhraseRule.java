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
      Suggestions.Placed placed = hit.adviceOnly() ? Suggestions.Placed.none(hit.fromPos(), hit.toPos())
          : Suggestions.place(hit.entry(), text, hit.fromPos(), hit.toPos(), context,
          ruleSet.pack().pack().determiners());
      matches.add(toRuleMatch(this, sentence, hit.entry(), placed, text.substring(placed.from(), placed.to())));
    }
    return matches.toArray(RuleMatch.EMPTY_ARRAY);
  }

  /** A RuleMatch for a pack entry; positions as LanguageTool expects them for the rule kind. */
  /** In a message, stands for the flagged words as the draft has them. */
  static final String FLAGGED = "{flagged}";

  static RuleMatch toRuleMatch(Rule rule, AnalyzedSentence sentence, PackEntry entry, Suggestions.Placed placed,
      String flagged) {
    RuleMatch match = new RuleMatch(rule, sentence, placed.from(), placed.to(),
        entry.message().replace(FLAGGED, flagged.strip().replaceAll("\\s+", " ")), entry.shortMessage());
    match.setSuggestedReplacements(placed.replacements());
    match.setSpecificRuleId(entry.id());
    match.setType(entry.severity() == Severity.HINT ? RuleMatch.Type.Hint : RuleMatch.Type.Other);
    return match;
  }
}
