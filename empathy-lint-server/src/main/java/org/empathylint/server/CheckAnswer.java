package org.empathylint.server;

import java.util.ArrayList;
import java.util.List;
import org.empathylint.Draft;
import org.empathylint.EmpathyLinter;
import org.empathylint.LanguageToolJson;
import org.empathylint.LintResult;
import org.empathylint.Severity;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.rules.RuleMatch;

/** Checks one request and writes LanguageTool's {@code /v2/check} response for it. */
final class CheckAnswer {
  private CheckAnswer() {}

  /** The answer; at most {@code maxMatches} matches are listed (more are marked as incomplete results). */
  static String json(EmpathyLinter linter, CheckRequest request, int maxMatches) {
    // The linter reads the draft as LanguageTool reads annotated text: markup as what it stands for.
    AnnotatedText input = request.text();
    LintResult result = linter.check(Draft.of(input.getPlainText(), request.customer()));
    List<RuleMatch> matches = new ArrayList<>();
    List<Severity> severities = new ArrayList<>();
    for (int i = 0; i < result.ruleMatches().size(); i++) {
      RuleMatch match = result.ruleMatches().get(i);
      if (request.selection().keeps(match)) {
        matches.add(inOriginal(match, input));
        severities.add(result.findings().get(i).severity());
      }
    }
    return LanguageToolJson.write(matches, severities, input.getTextWithMarkup(), request.language().reported(),
        maxMatches);
  }

  /** A copy of the match with offsets into text and markup; ends map from their last character, as in LanguageTool. */
  private static RuleMatch inOriginal(RuleMatch match, AnnotatedText input) {
    int from = input.getOriginalTextPositionFor(match.getFromPos(), false);
    int to = match.getToPos() > match.getFromPos()
        ? input.getOriginalTextPositionFor(match.getToPos() - 1, true) + 1
        : from;
    RuleMatch moved = new RuleMatch(match);
    moved.setOffsetPosition(from, to);
    return moved;
  }
}
