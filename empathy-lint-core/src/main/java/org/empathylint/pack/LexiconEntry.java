package org.empathylint.pack;

import java.util.List;
import org.empathylint.pattern.PhrasePattern;

/**
 * A phrase the acknowledgement rules look for (a thanks, a recognition, a request, a sign of
 * distress). {@code matches} are sentences where it must be found (at the marked words),
 * {@code ignores} sentences where it must not.
 */
public record LexiconEntry(String id, PhrasePattern phrase, List<PhrasePattern> unless,
                           List<Example> matches, List<Example> ignores, Source source) {
  public LexiconEntry {
    unless = List.copyOf(unless);
    matches = List.copyOf(matches);
    ignores = List.copyOf(ignores);
  }
}
