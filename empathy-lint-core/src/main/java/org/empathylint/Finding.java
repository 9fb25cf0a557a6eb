package org.empathylint;

import java.util.List;
import java.util.Objects;

/**
 * One thing in a draft that makes it feel cold, with what to write instead. Immutable.
 *
 * @param ruleId      the pack entry that fired (for example {@code NL_JARGON_TICKET})
 * @param category    one of the seven categories
 * @param message     the explanation, in the draft's language
 * @param shortMessage a few words for a tooltip, in the draft's language
 * @param offset      start of the flagged text, as a char index into {@link Draft#text()}
 * @param length      length of the flagged text in {@link Draft#text()} (markup included for HTML)
 * @param suggestions replacements for the flagged text, best first, each a drop-in (the sentence
 *                    stays correct when it is put in place of the flagged text); empty when the
 *                    change needs the agent to rewrite, and then the message says how
 * @param severity    how strongly the entry asks for a change
 */
public record Finding(
    String ruleId,
    FindingCategory category,
    String message,
    String shortMessage,
    int offset,
    int length,
    List<String> suggestions,
    Severity severity) {

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(shortMessage, "shortMessage");
    Objects.requireNonNull(severity, "severity");
    suggestions = List.copyOf(suggestions);
    if (offset < 0 || length < 0) {
      throw new IllegalArgumentException("negative offset or length");
    }
  }

  /** End of the flagged text (exclusive). */
  public int endOffset() {
    return offset + length;
  }

  /** The flagged text itself, cut from the draft the finding was made for. */
  public String flaggedText(Draft draft) {
    return draft.text().substring(offset, offset + length);
  }
}
