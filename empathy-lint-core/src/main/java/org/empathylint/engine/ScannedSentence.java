package org.empathylint.engine;

import java.util.List;
import java.util.Set;
import org.empathylint.FindingCategory;
import org.empathylint.pack.PackEntry;
import org.empathylint.structure.Span;

/**
 * What the trie found in one sentence, after exceptions and overlaps were resolved.
 * {@code customerExceptions} only matter when the sentence is the customer's; {@code
 * cancelsPrevious} are the entries whose {@code unless_next} phrases this sentence holds, {@code
 * cancelsEverywhere} those whose {@code unless_text} phrases it holds.
 */
record ScannedSentence(List<Hit> findings, List<Hit> lexicon, List<Hit> customerExceptions,
    Set<PackEntry> cancelsPrevious, Set<PackEntry> cancelsEverywhere) {

  static final ScannedSentence EMPTY = new ScannedSentence(List.of(), List.of(), List.of(), Set.of(), Set.of());

  List<Hit> findings(FindingCategory category) {
    return findings.stream().filter(h -> h.entry().category() == category).toList();
  }

  List<Hit> lexicon(PatternUse.Role role) {
    return lexicon.stream().filter(h -> h.use().role() == role).toList();
  }

  /** This sentence without the findings that lie inside one of {@code spans} (sentence positions). */
  ScannedSentence withoutFindingsInside(List<Span> spans) {
    List<Hit> kept = findings.stream().filter(h -> !inside(h, spans)).toList();
    return kept.size() == findings.size() ? this
        : new ScannedSentence(kept, lexicon, customerExceptions, cancelsPrevious, cancelsEverywhere);
  }

  /** This sentence with the findings that lie inside one of {@code spans} turned into advice only. */
  ScannedSentence adviceOnlyInside(List<Span> spans) {
    if (spans.isEmpty()) {
      return this;
    }
    List<Hit> marked = findings.stream()
        .map(h -> inside(h, spans) ? h.asAdviceOnly() : h).toList();
    return new ScannedSentence(marked, lexicon, customerExceptions, cancelsPrevious, cancelsEverywhere);
  }

  private static boolean inside(Hit h, List<Span> spans) {
    return spans.stream().anyMatch(q -> q.start() <= h.fromPos() && h.toPos() <= q.end());
  }

  /** This sentence without the findings of {@code entries} (the next sentence or the text cancelled them). */
  ScannedSentence without(Set<PackEntry> entries) {
    List<Hit> kept = findings.stream().filter(h -> !entries.contains(h.entry())).toList();
    return kept.size() == findings.size() ? this
        : new ScannedSentence(kept, lexicon, customerExceptions, cancelsPrevious, cancelsEverywhere);
  }
}
