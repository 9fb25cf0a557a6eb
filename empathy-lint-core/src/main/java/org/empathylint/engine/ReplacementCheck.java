package org.empathylint.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.empathylint.Draft;
import org.empathylint.EmpathyLinter;
import org.empathylint.Finding;
import org.empathylint.FindingCategory;
import org.empathylint.LintResult;
import org.empathylint.pack.Register;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

/**
 * Whether a replacement drops in: put in place of the flagged words (as a LanguageTool client does
 * on one click), it must leave a sentence that (1) the linter no longer flags there, and in which
 * it flags nothing new in or beside the replacement; (2) LanguageTool's own default rules (grammar,
 * spelling, punctuation) find nothing near the replacement that they did not find near the
 * original words; (3) has no doubled word or determiner, no doubled or stranded punctuation, and
 * capitals by position: one at a sentence start, none inside a sentence. Used by the generic pack
 * test and by {@code eval --replacements}. One instance per thread (LanguageTool is not
 * thread-safe); the LanguageTool checker with its default rules is built on first use.
 */
public final class ReplacementCheck {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");
  private static final Pattern BAD_PUNCTUATION = Pattern.compile(
      "(?<![.])[.](?:\\s*[.,;:])(?![.])|[,;:]\\s*[.,;:!?]|[!?]\\s*[.,;:]|\\s[,.;:!?](?![.\\d])|\\(\\s*\\)");
  private static final Pattern SAME_WORD_AROUND_COMMA =
      Pattern.compile("(?iu)(?<![\\p{L}])(\\p{L}+), \\1(?![\\p{L}])");
  /** How far from the replacement a LanguageTool finding still counts as near it. */
  private static final int NEAR = 30;

  private final EmpathyLinter linter;
  private final Set<String> determiners;
  private final Set<String> exactCaseWords = new HashSet<>();
  private JLanguageTool languageTool;
  private final Map<String, List<RuleMatch>> languageToolCache = new HashMap<>();

  public ReplacementCheck(EmpathyLinter linter) {
    this.linter = linter;
    this.determiners = linter.rulePack().determiners();
    for (Register register : linter.rulePack().registers()) {
      register.words().stream().filter(w -> w.startsWith("=")).forEach(w -> exactCaseWords.add(w.substring(1)));
    }
  }

  /**
   * What is wrong when {@code replacement} is put in place of {@code finding} in the draft that
   * {@code before} is the result for (a plain-text draft), or nothing.
   */
  public Optional<String> verify(LintResult before, Finding finding, String replacement) {
    Draft draft = before.draft();
    if (draft.isHtml()) {
      throw new IllegalArgumentException("the replacement check reads plain-text drafts");
    }
    String text = draft.text();
    int start = finding.offset();
    int end = finding.endOffset();
    String changed = text.substring(0, start) + replacement + text.substring(end);
    int replacedEnd = start + replacement.length();
    List<String> problems = new ArrayList<>();

    if (replacement.contains("…") || replacement.contains("...")) {
      problems.add("holds a placeholder");
    }
    surface(text, start, end, changed, replacedEnd, replacement, problems);
    relint(before, finding, changed, start, replacedEnd, draft, problems);
    languageTool(text, start, end, changed, replacedEnd, draft.customerMessage().orElse(""), problems);
    return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
  }

  private void surface(String text, int start, int end, String changed, int replacedEnd, String replacement,
      List<String> problems) {
    String windowAfter = window(changed, start, replacedEnd);
    String joinBefore = join(text, start, end);
    String joinAfter = join(changed, start, replacedEnd);
    if (sameWordPairs(joinAfter) > sameWordPairs(joinBefore)) {
      problems.add("doubles a word: \"" + oneLine(windowAfter) + "\"");
    } else if (determinerPairs(joinAfter) > determinerPairs(joinBefore)) {
      problems.add("puts two determiners together: \"" + oneLine(windowAfter) + "\"");
    }
    if (count(SAME_WORD_AROUND_COMMA, windowAfter) > count(SAME_WORD_AROUND_COMMA, window(text, start, end))) {
      problems.add("doubles a word across a comma: \"" + oneLine(windowAfter) + "\"");
    }
    if (count(BAD_PUNCTUATION, windowAfter) > count(BAD_PUNCTUATION, window(text, start, end))) {
      problems.add("punctuation: \"" + oneLine(windowAfter) + "\"");
    }
    Matcher first = WORD.matcher(replacement);
    if (!replacement.isEmpty() && first.find() && first.start() == 0) {
      String word = first.group();
      boolean capital = Character.isUpperCase(word.charAt(0));
      boolean atStart = Suggestions.atSentenceStart(changed, start);
      // A small letter the draft itself has there (after "jl.", "evt.") is the writer's, not ours.
      if (atStart && !capital && startsWithCapital(text, start)) {
        problems.add("no capital at the sentence start: \"" + oneLine(windowAfter) + "\"");
      } else if (!atStart && capital && !exactCaseWords.contains(word) && !isNameOrAcronym(word, text)) {
        problems.add("a capital inside the sentence: \"" + oneLine(windowAfter) + "\"");
      }
    }
  }

  private static boolean startsWithCapital(String text, int from) {
    Matcher word = WORD.matcher(text);
    return !word.find(from) || Character.isUpperCase(word.group().charAt(0));
  }

  /**
   * The words at the two seams of a replacement: the word before it with its first word, its last
   * word with the word after it (only where white space alone separates them); pairs of the same
   * word or of two determiners can only arise there.
   */
  private static String join(String text, int start, int end) {
    StringBuilder seams = new StringBuilder();
    seams.append(seam(text, start)).append(" | ").append(seam(text, end));
    return seams.toString();
  }

  /** "word word" across {@code pos} when only spaces separate the two words there, else "". */
  private static String seam(String text, int pos) {
    int left = pos;
    while (left > 0 && Character.isWhitespace(text.charAt(left - 1))) {
      left--;
    }
    int right = pos;
    while (right < text.length() && Character.isWhitespace(text.charAt(right))) {
      right++;
    }
    if (text.substring(left, right).replace("\r", "").contains("\n\n")) {
      return "";
    }
    // The seam may also fall inside the replacement's first or last word's neighbourhood.
    int wordStart = left;
    while (wordStart > 0 && isWordChar(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    int wordEnd = right;
    while (wordEnd < text.length() && isWordChar(text.charAt(wordEnd))) {
      wordEnd++;
    }
    if (wordStart == left || wordEnd == right || left == right) {
      return "";
    }
    return text.substring(wordStart, left).toLowerCase(Locale.ROOT) + " " + text.substring(right, wordEnd).toLowerCase(Locale.ROOT);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’';
  }

  private static int sameWordPairs(String seams) {
    int n = 0;
    for (String seam : seams.split(" \\| ")) {
      String[] words = seam.split(" ");
      if (words.length == 2 && words[0].equals(words[1])) {
        n++;
      }
    }
    return n;
  }

  private int determinerPairs(String seams) {
    int n = 0;
    for (String seam : seams.split(" \\| ")) {
      String[] words = seam.split(" ");
      if (words.length == 2 && determiners.contains(words[0]) && determiners.contains(words[1])) {
        n++;
      }
    }
    return n;
  }

  /** A word written with a capital elsewhere in the draft too, not at a sentence start, or all capitals. */
  private static boolean isNameOrAcronym(String word, String text) {
    if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
      return true;
    }
    Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])").matcher(text);
    while (m.find()) {
      if (!Suggestions.atSentenceStart(text, m.start())) {
        return true;
      }
    }
    return false;
  }

  private void relint(LintResult before, Finding finding, String changed, int start, int replacedEnd, Draft draft,
      List<String> problems) {
    LintResult after = linter.check(Draft.of(changed, draft.customerMessage().orElse(null)));
    Set<String> known = new HashSet<>();
    for (Finding f : before.findings()) {
      known.add(f.ruleId() + "|" + f.flaggedText(before.draft()));
    }
    for (Finding f : after.findings()) {
      boolean draftLevel = f.category().scope() == FindingCategory.Scope.DRAFT;
      if (draftLevel) {
        if (f.category() == finding.category()) {
          problems.add("still " + f.category().id());
        }
        continue;
      }
      boolean overlaps = f.offset() < replacedEnd && start < f.endOffset();
      if (!overlaps) {
        continue;
      }
      String flagged = f.flaggedText(after.draft());
      boolean inside = start <= f.offset() && f.endOffset() <= replacedEnd;
      if (f.ruleId().equals(finding.ruleId())) {
        problems.add("still flagged by " + f.ruleId() + " at \"" + oneLine(flagged) + "\"");
      } else if (inside && !known.contains(f.ruleId() + "|" + flagged)) {
        problems.add("the replacement is flagged by " + f.ruleId() + " at \"" + oneLine(flagged) + "\"");
      }
    }
  }

  private void languageTool(String text, int start, int end, String changed, int replacedEnd, String customer,
      List<String> problems) {
    Set<String> near = new HashSet<>();
    for (RuleMatch m : languageToolMatches(text)) {
      if (m.getFromPos() < end + NEAR && start - NEAR < m.getToPos()) {
        near.add(key(m, text));
      }
    }
    for (RuleMatch m : languageToolMatches(changed)) {
      String covered = changed.substring(m.getFromPos(), m.getToPos());
      boolean knownName = m.getRule().isDictionaryBasedSpellingRule()
          && (text.contains(covered) || customer.contains(covered));
      if (m.getFromPos() < replacedEnd + NEAR && start - NEAR < m.getToPos() && !near.contains(key(m, changed))
          && !knownName) {
        problems.add("LanguageTool " + m.getRule().getId() + " at \"" + oneLine(changed.substring(m.getFromPos(),
            m.getToPos())) + "\": " + m.getMessage().replaceAll("<[^>]+>", ""));
      }
    }
  }

  private List<RuleMatch> languageToolMatches(String text) {
    List<RuleMatch> known = languageToolCache.get(text);
    if (known != null) {
      return known;
    }
    if (languageTool == null) {
      languageTool = new JLanguageTool(Languages.getLanguageForShortCode(linter.language()));
    }
    try {
      List<RuleMatch> matches = languageTool.check(text);
      if (languageToolCache.size() > 2000) {
        languageToolCache.clear();
      }
      languageToolCache.put(text, matches);
      return matches;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String key(RuleMatch m, String text) {
    return m.getRule().getId() + "|" + text.substring(m.getFromPos(), m.getToPos());
  }

  private static String window(String text, int start, int end) {
    int from = Math.max(0, start - NEAR);
    int to = Math.min(text.length(), end + NEAR);
    return text.substring(from, to);
  }

  private static int count(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static String oneLine(String text) {
    return text.replace('\n', ' ').strip();
  }
}
