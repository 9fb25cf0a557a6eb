package org.empathylint;

import java.util.List;
import org.languagetool.DetectedLanguage;
import org.languagetool.Language;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.rules.RuleMatch;

/** The findings for one draft, and the same findings in LanguageTool's {@code /v2/check} JSON shape. */
public final class LintResult {
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
   * The whole result as LanguageTool's {@code /v2/check} response JSON, every match listed, in a size
   * linear in the text (see {@link LanguageToolJson}). Each match also has its finding's
   * {@code "severity"} ({@code "hint"}, {@code "suggestion"} or {@code "warning"}), a field
   * LanguageTool's clients do not read.
   */
  public String toLanguageToolJson() {
    return LanguageToolJson.write(ruleMatches, findings.stream().map(Finding::severity).toList(),
        annotatedText.getTextWithMarkup(), new DetectedLanguage(language, language), Integer.MAX_VALUE);
  }
}
