package org.empathylint.engine;

import org.empathylint.pack.LexiconEntry;
import org.empathylint.pack.PackEntry;

/** What a pattern in the shared trie stands for: a finding, an exception to one, or a word-list hit. */
record PatternUse(Role role, PackEntry entry, LexiconEntry lexiconEntry) {

  enum Role {
    FINDING, FINDING_EXCEPTION, NEXT_SENTENCE_EXCEPTION, TEXT_EXCEPTION, CUSTOMER_EXCEPTION, SUGGESTION_EXCEPTION,
    THANKS, RECOGNITION, REQUEST, DISTRESS, LEXICON_EXCEPTION
  }

  static PatternUse finding(PackEntry entry) {
    return new PatternUse(Role.FINDING, entry, null);
  }

  static PatternUse exception(PackEntry entry) {
    return new PatternUse(Role.FINDING_EXCEPTION, entry, null);
  }

  static PatternUse nextSentenceException(PackEntry entry) {
    return new PatternUse(Role.NEXT_SENTENCE_EXCEPTION, entry, null);
  }

  static PatternUse textException(PackEntry entry) {
    return new PatternUse(Role.TEXT_EXCEPTION, entry, null);
  }

  static PatternUse suggestionException(PackEntry entry) {
    return new PatternUse(Role.SUGGESTION_EXCEPTION, entry, null);
  }

  static PatternUse customerException(PackEntry entry) {
    return new PatternUse(Role.CUSTOMER_EXCEPTION, entry, null);
  }

  static PatternUse lexicon(Role role, LexiconEntry entry) {
    return new PatternUse(role, null, entry);
  }

  /** The entry this use belongs to, for grouping a pattern with its exceptions. */
  Object owner() {
    return entry != null ? entry : lexiconEntry;
  }
}
