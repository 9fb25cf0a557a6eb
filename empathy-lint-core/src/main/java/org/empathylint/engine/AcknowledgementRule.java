package org.empathylint.engine;

import java.util.ArrayList;
import java.util.List;
import org.empathylint.FindingCategory;
import org.empathylint.pack.AcknowledgementSpec;
import org.empathylint.structure.Span;
import org.languagetool.AnalyzedSentence;
import org.languagetool.rules.ITSIssueType;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.TextLevelRule;

/**
 * MISSING_ACKNOWLEDGEMENT (the draft never recognises the customer; flagged at the first word of
 * the first sentence after the salutation) or LATE_ACKNOWLEDGEMENT (it does, but only after asking
 * for data or action; flagged at the first word of that request's sentence). A draft gets one of
 * them at most. Each suggestion is a recognising sentence followed by the flagged word.
 */
final class AcknowledgementRule extends TextLevelRule {
  private final RuleSet ruleSet;
  private final AcknowledgementAnalysis analysis;
  private final FindingCategory category;

  AcknowledgementRule(RuleSet ruleSet, AcknowledgementAnalysis analysis, FindingCategory category) {
    this.ruleSet = ruleSet;
    this.analysis = analysis;
    this.category = category;
    setCategory(ruleSet.pack().category(category));
    setLocQualityIssueType(ITSIssueType.Style);
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
  public RuleMatch[] match(List<AnalyzedSentence> sentences) {
    AcknowledgementAnalysis.Result result = analysis.analyze(sentences);
    if (result.firstBodySentence() == null) {
      return RuleMatch.EMPTY_ARRAY;
    }
    String text = result.text();
    AcknowledgementSpec spec = ruleSet.pack().acknowledgement();
    CheckContext context = ruleSet.context();
    if (category == FindingCategory.MISSING_ACKNOWLEDGEMENT && result.acknowledgement() == null) {
      Span at = firstWord(text, result.firstBodySentence());
      // The customer's situation in their own words first; the pack's general sentence only when
      // nothing could be named.
      List<String> templates = !context.mirrored().isEmpty() ? context.mirrored()
          : context.distressed() ? spec.missing().distressSuggestions() : spec.missing().suggestions();
      List<String> insertions = new ArrayList<>();
      for (String sentence : Suggestions.render(templates, context)) {
        insertions.add(Suggestions.capitalize(sentence) + " " + at.of(text));
      }
      return new RuleMatch[] {match(result.firstBodyAnalyzed(), at, spec.missing(), insertions)};
    }
    if (category == FindingCategory.LATE_ACKNOWLEDGEMENT && result.acknowledgement() != null
        && result.request() != null && result.request().start() < result.acknowledgement().start()) {
      Span at = firstWord(text, result.requestSentence());
      List<String> suggestions = new ArrayList<>();
      List<String> templates = !context.mirrored().isEmpty() ? context.mirrored() : spec.late().suggestions();
      for (String sentence : Suggestions.render(templates, context)) {
        suggestions.add(Suggestions.capitalize(sentence) + " " + at.of(text));
      }
      return new RuleMatch[] {match(result.requestAnalyzed(), at, spec.late(), suggestions)};
    }
    return RuleMatch.EMPTY_ARRAY;
  }

  /**
   * The first word of a sentence: the finding stands there, and its suggestion is the recognising
   * sentence followed by that word, so one click inserts the sentence before the agent's own and
   * the finding overlaps as little of the agent's sentence (and of other findings in it) as it can.
   */
  private static Span firstWord(String text, Span sentence) {
    int end = sentence.start();
    while (end < sentence.end() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return new Span(sentence.start(), end);
  }

  private RuleMatch match(AnalyzedSentence sentence, Span at, AcknowledgementSpec.Texts texts, List<String> suggestions) {
    RuleMatch match = new RuleMatch(this, sentence, at.start(), at.end(), texts.message(), texts.shortMessage());
    match.setSuggestedReplacements(suggestions);
    return match;
  }

  @Override
  public int minToCheckParagraph() {
    return -1;
  }
}
