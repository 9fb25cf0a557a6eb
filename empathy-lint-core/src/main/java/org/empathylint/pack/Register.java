package org.empathylint.pack;

import java.util.Set;

/**
 * A form of address (Dutch "u" or "je"): the words that show it. A suggestion that uses the words
 * of another register than the draft's is not offered.
 */
public record Register(String name, Set<String> words, Source source) {
  public Register {
    words = Set.copyOf(words);
  }
}
