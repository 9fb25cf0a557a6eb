package org.empathylint.engine;

import org.empathylint.pack.LexiconEntry;
import org.empathylint.pack.PackEntry;
import org.languagetool.AnalyzedTokenReadings;

/**
 * A resolved pattern match in one sentence, with the flagged span as character offsets relative to
 * the sentence start.
 *
 * @param adviceOnly the entry's {@code no_suggestions_when} matched over these words: offer no
 *     replacement here
 */
record Hit(PatternUse use, int fromPos, int toPos, boolean adviceOnly) {

  static Hit of(PatternUse use, AnalyzedTokenReadings[] tokens, int firstMarked, int lastMarked) {
    return new Hit(use, tokens[firstMarked].getStartPos(), tokens[lastMarked].getEndPos(), false);
  }

  Hit asAdviceOnly() {
    return new Hit(use, fromPos, toPos, true);
  }

  PackEntry entry() {
    return use.entry();
  }

  LexiconEntry lexiconEntry() {
    return use.lexiconEntry();
  }

  boolean overlaps(Hit other) {
    return fromPos < other.toPos && other.fromPos < toPos;
  }

  int length() {
    return toPos - fromPos;
  }
}
