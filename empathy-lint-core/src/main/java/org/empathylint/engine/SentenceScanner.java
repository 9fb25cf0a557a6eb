package org.empathylint.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.empathylint.FindingCategory;
import org.empathylint.pattern.PhraseMatcher;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedTokenReadings;

/**
 * Runs the language's one trie over a sentence and resolves the result. LanguageTool asks each of
 * our sentence rules about the same sentence in turn, so the last result is remembered: the trie
 * runs once per sentence, not once per rule.
 */
final class SentenceScanner {
  private static final Comparator<Hit> LONGEST_FIRST =
      Comparator.comparingInt(Hit::length).reversed().thenComparingInt(Hit::fromPos)
          .thenComparing(h -> h.entry().id());

  private final PhraseMatcher<PatternUse> matcher;
  private final AtomicReference<Memo> last = new AtomicReference<>();

  private record Memo(AnalyzedSentence sentence, ScannedSentence result) {}

  SentenceScanner(PhraseMatcher<PatternUse> matcher) {
    this.matcher = matcher;
  }

  ScannedSentence scan(AnalyzedSentence sentence) {
    Memo memo = last.get();
    if (memo != null && memo.sentence == sentence) {
      return memo.result;
    }
    ScannedSentence result = resolve(sentence.getTokensWithoutWhitespace(), matcher.match(sentence));
    last.set(new Memo(sentence, result));
    return result;
  }

  private static ScannedSentence resolve(AnalyzedTokenReadings[] tokens, List<PhraseMatcher.Match<PatternUse>> matches) {
    if (matches.isEmpty()) {
      return ScannedSentence.EMPTY;
    }
    Set<Object> excepted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (PhraseMatcher.Match<PatternUse> m : matches) {
      PatternUse.Role role = m.payload().role();
      if (role == PatternUse.Role.FINDING_EXCEPTION || role == PatternUse.Role.LEXICON_EXCEPTION) {
        excepted.add(m.payload().owner());
      }
    }
    Map<FindingCategory, List<Hit>> findingsByCategory = new java.util.EnumMap<>(FindingCategory.class);
    List<Hit> lexicon = new ArrayList<>();
    List<Hit> customerExceptions = new ArrayList<>();
    Set<String> seenLexicon = new HashSet<>();
    for (PhraseMatcher.Match<PatternUse> m : matches) {
      PatternUse use = m.payload();
      if (use.role() != PatternUse.Role.CUSTOMER_EXCEPTION && excepted.contains(use.owner())) {
        continue;
      }
      Hit hit = Hit.of(use, tokens, m.firstMarked(), m.lastMarked());
      switch (use.role()) {
        case FINDING -> findingsByCategory.computeIfAbsent(use.entry().category(), c -> new ArrayList<>()).add(hit);
        case FINDING_EXCEPTION, LEXICON_EXCEPTION -> { }
        case CUSTOMER_EXCEPTION -> customerExceptions.add(hit);
        default -> {
          if (seenLexicon.add(use.lexiconEntry().id() + "@" + hit.fromPos())) {
            lexicon.add(hit);
          }
        }
      }
    }
    List<Hit> findings = new ArrayList<>();
    for (List<Hit> hits : findingsByCategory.values()) {
      findings.addAll(withoutOverlaps(hits));
    }
    findings.sort(Comparator.comparingInt(Hit::fromPos));
    lexicon.sort(Comparator.comparingInt(Hit::fromPos));
    return new ScannedSentence(findings, lexicon, customerExceptions);
  }

  /** Within one category, the longest of overlapping hits wins (then the earliest, then the lower id). */
  private static List<Hit> withoutOverlaps(List<Hit> hits) {
    hits.sort(LONGEST_FIRST);
    List<Hit> kept = new ArrayList<>();
    for (Hit hit : hits) {
      if (kept.stream().noneMatch(hit::overlaps)) {
        kept.add(hit);
      }
    }
    return kept;
  }
}
