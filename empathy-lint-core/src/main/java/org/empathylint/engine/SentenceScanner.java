package org.empathylint.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.empathylint.FindingCategory;
import org.empathylint.pack.PackEntry;
import org.empathylint.structure.Span;
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
 *
 * <p>Only a scan of the whole text sees the next sentence, so only there do an entry's {@code
 * unless_next} phrases cancel its findings in the sentence before ({@link ScanRule} makes sure the
 * whole text is scanned first).
 */
final class SentenceScanner {
  private static final Comparator<Hit> LONGEST_FIRST =
      Comparator.comparingInt(Hit::length).reversed().thenComparingInt(Hit::fromPos)
          .thenComparing(h -> h.entry().id());

  private final PhraseMatcher<PatternUse> matcher;
  private final ExplainedTerms explained;
  private final java.util.function.BooleanSupplier reply;
  private final AtomicReference<Memo> last = new AtomicReference<>();
  private final AtomicReference<TextMemo> lastText = new AtomicReference<>(TextMemo.NONE);

  private record Memo(AnalyzedSentence sentence, ScannedSentence result) {}

  private record TextMemo(List<AnalyzedSentence> sentences, List<ScannedSentence> results,
      Map<AnalyzedSentence, ScannedSentence> bySentence) {
    static final TextMemo NONE = new TextMemo(List.of(), List.of(), Map.of());
  }

  SentenceScanner(PhraseMatcher<PatternUse> matcher) {
    this(matcher, "", () -> true);
  }

  /**
   * {@code language}: the language code whose cues say a text explains a term ({@link ExplainedTerms});
   * {@code reply}: whether the text being checked is a reply to a customer; when it is not, entries
   * marked {@code reply_only} find nothing (and so take no overlapping match away from others).
   */
  SentenceScanner(PhraseMatcher<PatternUse> matcher, String language, java.util.function.BooleanSupplier reply) {
    this.matcher = matcher;
    this.explained = ExplainedTerms.forLanguage(language);
    this.reply = reply;
  }

  ScannedSentence scan(AnalyzedSentence sentence) {
    ScannedSentence known = lastText.get().bySentence().get(sentence);
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
    TextMemo memo = lastText.get();
    if (memo.sentences() == sentences) {
      return memo.results();
    }
    List<ScannedSentence> results = new ArrayList<>(sentences.size());
    for (AnalyzedSentence sentence : sentences) {
      results.add(scanned(sentence));
    }
    // A sentence that says what can be done cancels the refusal before it (unless_next); blank
    // "sentences" (paragraph breaks) between them don't count.
    int previous = -1;
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).getText().isBlank()) {
        continue;
      }
      Set<PackEntry> cancelled = results.get(i).cancelsPrevious();
      if (previous >= 0 && !cancelled.isEmpty()) {
        results.set(previous, results.get(previous).without(cancelled));
      }
      previous = i;
    }
    // A sentence anywhere in the text that shows the everyday sense cancels the entry in all of them
    // (unless_text).
    Set<PackEntry> cancelledEverywhere = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    results.forEach(r -> cancelledEverywhere.addAll(r.cancelsEverywhere()));
    if (!cancelledEverywhere.isEmpty()) {
      results.replaceAll(r -> r.without(cancelledEverywhere));
    }
    StringBuilder all = new StringBuilder();
    int[] starts = new int[sentences.size()];
    for (int i = 0; i < sentences.size(); i++) {
      starts[i] = all.length();
      all.append(sentences.get(i).getText());
    }
    String text = all.toString();
    applyQuotations(sentences, results, text, starts);
    applyExplainedTerms(sentences, results, text);
    Map<AnalyzedSentence, ScannedSentence> scans = new IdentityHashMap<>(sentences.size() * 2);
    for (int i = 0; i < sentences.size(); i++) {
      scans.putIfAbsent(sentences.get(i), results.get(i));
    }
    lastText.set(new TextMemo(sentences, List.copyOf(results), scans));
    return results;
  }

  /**
   * Findings inside a long quotation ({@link Quotations}) are not the writer's words: dropped.
   * Findings inside a short one keep their advice but offer no replacement.
   */
  private static void applyQuotations(List<AnalyzedSentence> sentences, List<ScannedSentence> results,
      String text, int[] starts) {
    List<Quotations.Quote> quotations = Quotations.in(text);
    if (quotations.isEmpty()) {
      return;
    }
    for (int i = 0; i < sentences.size(); i++) {
      int start = starts[i];
      int end = start + sentences.get(i).getText().length();
      List<Quotations.Quote> here = quotations.stream()
          .filter(q -> q.span().start() < end && start < q.span().end()).toList();
      if (!here.isEmpty()) {
        results.set(i, results.get(i)
            .withoutFindingsInside(local(here, true, start))
            .adviceOnlyInside(local(here, false, start)));
      }
    }
  }

  /**
   * Process jargon and officialese the text itself explains are words the reader now shares: their
   * findings are dropped, in every sentence of the text ({@link ExplainedTerms}).
   */
  private void applyExplainedTerms(List<AnalyzedSentence> sentences, List<ScannedSentence> results, String text) {
    ExplainedTerms.Explained inText = null;
    for (int i = 0; i < sentences.size(); i++) {
      String sentence = sentences.get(i).getText();
      List<Span> explainedHere = new ArrayList<>();
      for (Hit hit : results.get(i).findings()) {
        FindingCategory category = hit.entry().category();
        if (category != FindingCategory.PROCESS_JARGON && category != FindingCategory.FORMAL_WORDING) {
          continue;
        }
        if (inText == null) {
          inText = explained.in(text);
        }
        boolean jargon = category == FindingCategory.PROCESS_JARGON;
        if (inText.explains(sentence.substring(hit.fromPos(), hit.toPos()), jargon)) {
          explainedHere.add(new Span(hit.fromPos(), hit.toPos()));
        }
      }
      if (!explainedHere.isEmpty()) {
        results.set(i, results.get(i).withoutFindingsInside(explainedHere));
      }
    }
  }

  /** The long (or short) quotations among {@code quotes}, in positions of the sentence starting at {@code start}. */
  private static List<Span> local(List<Quotations.Quote> quotes, boolean longQuotes, int start) {
    return quotes.stream().filter(q -> q.longQuote() == longQuotes)
        .map(q -> new Span(Math.max(0, q.span().start() - start), q.span().end() - start)).toList();
  }

  /** Drops the remembered scans (they hold the last text's sentences). */
  void forget() {
    lastText.set(TextMemo.NONE);
    last.set(null);
  }

  private ScannedSentence scanned(AnalyzedSentence sentence) {
    Cancellation.stopIfInterrupted();
    return resolve(sentence.getTokensWithoutWhitespace(), matcher.match(sentence), reply.getAsBoolean());
  }

  private static ScannedSentence resolve(AnalyzedTokenReadings[] tokens, List<PhraseMatcher.Match<PatternUse>> matches,
      boolean reply) {
    if (matches.isEmpty()) {
      return ScannedSentence.EMPTY;
    }
    Set<Object> excepted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    Map<Object, List<Hit>> withheld = new IdentityHashMap<>();
    Set<PackEntry> cancelsPrevious = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    Set<PackEntry> cancelsEverywhere = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (PhraseMatcher.Match<PatternUse> m : matches) {
      PatternUse.Role role = m.payload().role();
      if (role == PatternUse.Role.FINDING_EXCEPTION || role == PatternUse.Role.LEXICON_EXCEPTION) {
        excepted.add(m.payload().owner());
      } else if (role == PatternUse.Role.NEXT_SENTENCE_EXCEPTION) {
        cancelsPrevious.add(m.payload().entry());
      } else if (role == PatternUse.Role.TEXT_EXCEPTION) {
        excepted.add(m.payload().owner());
        cancelsEverywhere.add(m.payload().entry());
      } else if (role == PatternUse.Role.SUGGESTION_EXCEPTION) {
        withheld.computeIfAbsent(m.payload().owner(), o -> new ArrayList<>())
            .add(Hit.of(m.payload(), tokens, m.firstMarked(), m.lastMarked()));
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
      if (use.role() == PatternUse.Role.FINDING && !reply && use.entry().replyOnly()) {
        continue;
      }
      Hit hit = Hit.of(use, tokens, m.firstMarked(), m.lastMarked());
      switch (use.role()) {
        case FINDING -> {
          if (withheld.getOrDefault(use.owner(), List.of()).stream().anyMatch(hit::overlaps)) {
            hit = hit.asAdviceOnly();
          }
          findingsByCategory.computeIfAbsent(use.entry().category(), c -> new ArrayList<>()).add(hit);
        }
        case FINDING_EXCEPTION, LEXICON_EXCEPTION, SUGGESTION_EXCEPTION, NEXT_SENTENCE_EXCEPTION, TEXT_EXCEPTION -> { }
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
    return new ScannedSentence(findings, lexicon, customerExceptions, Set.copyOf(cancelsPrevious),
        Set.copyOf(cancelsEverywhere));
  }

  /**
   * Within one category, the longest of overlapping hits wins (then the earliest, then the lower id).
   * The hits kept are disjoint, so only the kept hit starting last before a hit's end can overlap
   * it: one lookup in a sorted map, n log n in all (a sentence of thousands of hits stays fast).
   * Returns the kept hits in text order.
   */
  static List<Hit> withoutOverlaps(List<Hit> hits) {
    hits.sort(LONGEST_FIRST);
    TreeMap<Integer, Hit> kept = new TreeMap<>();
    for (Hit hit : hits) {
      Map.Entry<Integer, Hit> before = kept.lowerEntry(hit.toPos());
      if (before == null || !before.getValue().overlaps(hit)) {
        kept.put(hit.fromPos(), hit);
      }
    }
    return new ArrayList<>(kept.values());
  }
}
