package org.empathylint.audit;

import java.io.Serializable;

/**
 * How often one flagged phrase occurs, with the wording the linter suggests for it: the first
 * replacement, or (when the finding has none) its advice. Of several, the alphabetically first is
 * kept, so that counts merged in any order give the same result.
 */
public final class PhraseCount implements Serializable {
  private static final long serialVersionUID = 1L;

  private long count;
  private String suggestion;
  private String advice;

  void add(String firstSuggestion, String message) {
    count++;
    suggestion = first(suggestion, firstSuggestion);
    advice = first(advice, message);
  }

  void merge(PhraseCount other) {
    count += other.count;
    suggestion = first(suggestion, other.suggestion);
    advice = first(advice, other.advice);
  }

  private static String first(String a, String b) {
    if (a == null) {
      return b;
    }
    return b == null || a.compareTo(b) <= 0 ? a : b;
  }

  public long count() {
    return count;
  }

  /** The replacement a click would put in, or null when the finding only advises. */
  public String suggestion() {
    return suggestion;
  }

  /** The finding's message: what to write instead, with an example. */
  public String advice() {
    return advice;
  }
}
