package org.empathylint.engine;

import java.util.List;
import org.empathylint.FindingCategory;

/**
 * What the trie found in one sentence, after exceptions and overlaps were resolved.
 * {@code customerExceptions} only matter when the sentence is the customer's.
 */
record ScannedSentence(List<Hit> findings, List<Hit> lexicon, List<Hit> customerExceptions) {

  static final ScannedSentence EMPTY = new ScannedSentence(List.of(), List.of(), List.of());

  List<Hit> findings(FindingCategory category) {
    return findings.stream().filter(h -> h.entry().category() == category).toList();
  }

  List<Hit> lexicon(PatternUse.Role role) {
    return lexicon.stream().filter(h -> h.use().role() == role).toList();
  }
}
