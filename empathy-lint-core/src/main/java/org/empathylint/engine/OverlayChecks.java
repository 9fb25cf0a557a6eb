package org.empathylint.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.empathylint.EmpathyLinter;
import org.empathylint.RulePackException;
import org.empathylint.RulePackWarning;
import org.empathylint.pack.LexiconEntry;
import org.empathylint.pack.Overlay;
import org.empathylint.pack.PackEntry;
import org.empathylint.pattern.PhrasePattern;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;

/**
 * Holds a company overlay to the packs' standard when a linter is built: every example of its
 * entries must hold (as the packs' generic test proves theirs, with {@link PackExamples}), and
 * every {@code <lemma>} in its phrases must be one LanguageTool's tagger knows.
 */
public final class OverlayChecks {
  private OverlayChecks() {}

  /**
   * A warning per entry of the overlay whose phrases use a lemma the language's tagger gives to no
   * word: such a {@code <lemma>} matches nothing.
   */
  public static List<RulePackWarning> unknownLemmas(Language language, Overlay overlay) {
    List<RulePackWarning> warnings = new ArrayList<>();
    Map<String, Boolean> known = new LinkedHashMap<>();
    for (PackEntry entry : overlay.entries()) {
      List<PhrasePattern> phrases = Stream.of(List.of(entry.phrase()), entry.unless(), entry.unlessNext(),
          entry.unlessCustomer(), entry.unlessText(), entry.noSuggestionsWhen()).flatMap(List::stream).toList();
      warnUnknown(language, "rule " + entry.id(), phrases, entry.source().file(), entry.source().line(),
          entry.source().column(), known, warnings);
    }
    if (overlay.acknowledgement() != null) {
      for (LexiconEntry entry : overlay.acknowledgement().allLexiconEntries()) {
        List<PhrasePattern> phrases = Stream.concat(Stream.of(entry.phrase()), entry.unless().stream()).toList();
        warnUnknown(language, "entry " + entry.id(), phrases, entry.source().file(), entry.source().line(),
            entry.source().column(), known, warnings);
      }
    }
    return warnings;
  }

  private static void warnUnknown(Language language, String what, List<PhrasePattern> phrases, String file, int line,
      int column, Map<String, Boolean> known, List<RulePackWarning> warnings) {
    Set<String> unknown = new LinkedHashSet<>();
    for (PhrasePattern phrase : phrases) {
      for (String lemma : phrase.lemmas()) {
        if (!known.computeIfAbsent(lemma, l -> isKnownLemma(language, l))) {
          unknown.add("<" + lemma + ">");
        }
      }
    }
    if (!unknown.isEmpty()) {
      warnings.add(new RulePackWarning(file, line, column, what + ": LanguageTool's " + language.getName()
          + " dictionary has no lemma " + String.join(", ", unknown) + ", so it matches no word; check the"
          + " spelling and that it is the dictionary form (infinitive, singular), or write the word forms"
          + " out (a|b)"));
    }
  }

  /** Whether the tagger reads the lemma itself as a form of that lemma: true of every dictionary lemma. */
  static boolean isKnownLemma(Language language, String lemma) {
    try {
      for (AnalyzedTokenReadings readings : language.getTagger().tag(List.of(lemma))) {
        for (AnalyzedToken reading : readings) {
          if (reading.getLemma() != null && reading.getLemma().toLowerCase(Locale.ROOT).equals(lemma)) {
            return true;
          }
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Proves every example of the overlay that the linter uses, in file order; the first that does
   * not hold is a {@link RulePackException} at the example, saying what happened (and, when the
   * entry has a warning, that too: an unknown lemma is the usual reason a bad example is missed).
   */
  public static void proveExamples(EmpathyLinter linter, Overlay overlay, List<RulePackWarning> warnings) {
    for (PackExamples.Check check : PackExamples.of(linter, overlay)) {
      Optional<String> problem = check.verify();
      if (problem.isPresent()) {
        String id = check.name().substring(0, check.name().indexOf(' '));
        String hint = warnings.stream().filter(w -> w.problem().matches("(rule|entry) " + id + ":.*"))
            .map(w -> " (" + w.problem() + ")").findFirst().orElse("");
        throw new RulePackException(check.source().file(), check.source().line(), check.source().column(),
            "example does not hold: " + check.name() + ": " + problem.get() + hint);
      }
    }
  }
}
