package org.empathylint;

import java.util.List;
import org.languagetool.DetectedLanguage;
import org.languagetool.Language;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.rules.RuleMatch;
import org.languagetool.tools.RuleMatchesAsJsonSerializer;

/** The findings for one draft, and the same findings in LanguageTool's {@code /v2/check} JSON shape. */
public final class LintResult {
  private static final int JSON_CONTEXT_CHARS = 40;

  private final Draft draft;
  private final List<Finding> findings;
  private final List<RuleMatch> ruleMatches;
  private final AnnotatedText annotatedText;
  private final Language language;

  /** Made by the engine; hosts get results from {@link EmpathyLinter#check(Draft)}. */
  public LintResult(Draft draft, List<Finding> findings, List<RuleMatch> ruleMatches,
      AnnotatedText annotatedText, Language language) {
    this.draft = draft;
    this.findings = List.copyOf(findings);
    this.ruleMatches = List.copyOf(ruleMatches);
    this.annotatedText = annotatedText;
    this.language = language;
  }

  public Draft draft() {
    return draft;
  }

  /** The findings in text order. */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * The LanguageTool RuleMatches behind the findings, one per finding and in the same order, with
   * offsets into the original text (for hosts that already consume LanguageTool matches).
   */
  public List<RuleMatch> ruleMatches() {
    return ruleMatches;
  }

  /** The text as LanguageTool saw it: the agent's words as text, everything else as markup. */
  public AnnotatedText annotatedText() {
    return annotatedText;
  }

  /**
   * The whole result as LanguageTool's {@code /v2/check} response JSON. Each match has its context
   * window but not LanguageTool's optional {@code sentence}: a copy of the whole sentence in every
   * match made the answer grow with matches × sentence length (hundreds of megabytes for one long
   * sentence); without it, it grows with the text. Each match also has the finding's
   * {@code "severity"} ({@code "hint"}, {@code "suggestion"} or {@code "warning"}), a field
   * LanguageTool's clients do not read.
   */
  public String toLanguageToolJson() {
    RuleMatchesAsJsonSerializer serializer = new RuleMatchesAsJsonSerializer(0, language);
    String json = serializer.ruleMatchesToJson(ruleMatches.stream().map(LintResult::withoutSentence).toList(),
        List.of(), annotatedText, JSON_CONTEXT_CHARS, new DetectedLanguage(language, language), null, false);
    return SeverityField.addTo(json, findings.stream().map(Finding::severity).toList());
  }

  /** A copy of the match with everything the JSON shows but its sentence. */
  private static RuleMatch withoutSentence(RuleMatch match) {
    RuleMatch copy = new RuleMatch(match.getRule(), null, match.getFromPos(), match.getToPos(), match.getMessage(),
        match.getShortMessage());
    copy.setSuggestedReplacementObjects(match.getSuggestedReplacementObjects());
    copy.setSpecificRuleId(match.getSpecificRuleId());
    copy.setType(match.getType());
    copy.setUrl(match.getUrl());
    return copy;
  }
}
