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
 * Runs the language's one trie over a sentence and resolves the result, so that the trie runs once
 * per sentence, not once per rule. LanguageTool runs the text-level rules first, on all sentences
 * (the acknowledgement rules {@link #scanAll scan all of them}), and then asks each sentence rule
 * about each sentence in turn: the scans of the last text and of the last sentence are remembered.
 * Both memos are replaced whole, so rules shared by threads (as LanguageTool's multi-threaded
 * checker shares them) see one or the other, never a half-built one.
 */
final class SentenceScanner {
  private static final Comparator<Hit> LONGEST_FIRST =
      Comparator.comparingInt(Hit::length).reversed().thenComparingInt(Hit::fromPos)
          .thenComparing(h -> h.entry().id());

  private final PhraseMatcher<PatternUse> matcher;
  private final AtomicReference<Memo> last = new AtomicReference<>();
  private final AtomicReference<Map<AnalyzedSentence, ScannedSentence>> lastText =
      new AtomicReference<>(Map.of());

  private record Memo(AnalyzedSentence sentence, ScannedSentence result) {}

  SentenceScanner(PhraseMatcher<PatternUse> matcher) {
    this.matcher = matcher;
  }

  ScannedSentence scan(AnalyzedSentence sentence) {
    ScannedSentence known = lastText.get().get(sentence);
    if (known != null) {
      return known;
    }
    Memo memo = last.get();
    if (memo != null && memo.sentence == sentence) {
      return memo.result;
    }
    ScannedSentence result = scanned(sentence);
    last.set(new Memo(sentence, result));
    return result;
  }

  /** Scans every sentence of a text, in order, and remembers them all for the sentence rules. */
  List<ScannedSentence> scanAll(List<AnalyzedSentence> sentences) {
    Map<AnalyzedSentence, ScannedSentence> scans = new IdentityHashMap<>(sentences.size() * 2);
    List<ScannedSentence> results = new ArrayList<>(sentences.size());
    for (AnalyzedSentence sentence : sentences) {
      ScannedSentence result = scans.computeIfAbsent(sentence, this::scanned);
      results.add(result);
    }
    lastText.set(scans);
    return results;
  }

  /** Drops the remembered scans (they hold the last text's sentences). */
  void forget() {
    lastText.set(Map.of());
    last.set(null);
  }

  private ScannedSentence scanned(AnalyzedSentence sentence) {
    Cancellation.stopIfInterrupted();
    return resolve(sentence.getTokensWithoutWhitespace(), matcher.match(sentence));
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
