package org.empathylint.pack;

import java.util.Optional;

/**
 * An example sentence of a pack entry. In YAML the flagged words are marked with {@code <<...>>};
 * here the markers are removed and their position kept.
 *
 * @param text       the sentence without markers
 * @param markStart  start of the marked words in {@code text}, or -1 when nothing is marked
 * @param markEnd    end (exclusive) of the marked words, or -1
 * @param suggestion the suggestion the finding must offer (null: the entry's first suggestion)
 * @param customer   a customer message to check the example against (null: none)
 */
public record Example(String text, int markStart, int markEnd, String suggestion, String customer, Source source) {

  public boolean isMarked() {
    return markStart >= 0;
  }

  public Optional<String> expectedSuggestion() {
    return Optional.ofNullable(suggestion);
  }

  public String markedText() {
    return isMarked() ? text.substring(markStart, markEnd) : "";
  }
}
