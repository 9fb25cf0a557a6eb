package org.empathylint.server;

import java.util.ArrayList;
import java.util.List;
import org.empathylint.Draft;
import org.empathylint.EmpathyLinter;
import org.empathylint.LintResult;
import org.languagetool.DetectedLanguage;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.rules.RuleMatch;
import org.languagetool.tools.RuleMatchesAsJsonSerializer;

/** Checks one request and writes LanguageTool's {@code /v2/check} response for it. */
final class CheckAnswer {
  private static final int CONTEXT_CHARS = 40; // LanguageTool's default

  private CheckAnswer() {}

  static String json(EmpathyLinter linter, CheckRequest request) {
    // The linter reads the draft as LanguageTool reads annotated text: markup as what it stands for.
    AnnotatedText input = request.text();
    LintResult result = linter.check(Draft.of(input.getPlainText(), request.customer()));
    List<RuleMatch> matches = new ArrayList<>();
    for (RuleMatch match : result.ruleMatches()) {
      if (request.selection().keeps(match)) {
        matches.add(inOriginal(match, input));
      }
    }
    Language language = Languages.getLanguageForShortCode(request.language().code());
    return new RuleMatchesAsJsonSerializer(0, language).ruleMatchesToJson(matches, List.of(), input,
        CONTEXT_CHARS, new DetectedLanguage(language, language), null, false);
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
