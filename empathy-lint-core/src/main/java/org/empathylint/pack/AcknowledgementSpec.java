package org.empathylint.pack;

import java.util.ArrayList;
import java.util.List;

/**
 * The word lists and texts of the two draft-level rules, MISSING_ACKNOWLEDGEMENT and
 * LATE_ACKNOWLEDGEMENT.
 *
 * @param thanks       thanks for the message, question, patience: acknowledgement unless the customer is distressed
 * @param recognition  recognition of the customer's situation or feeling ("wat vervelend", "jeg kan godt forstå")
 * @param requests     asking the customer for data or action
 * @param distress     signs of distress in the customer message (illness, death, fear, anger, repeated failures)
 * @param mirror       how to name the customer's situation in their own words, or null
 */
public record AcknowledgementSpec(
    Texts missing,
    Texts late,
    List<LexiconEntry> thanks,
    List<LexiconEntry> recognition,
    List<LexiconEntry> requests,
    List<LexiconEntry> distress,
    List<DraftExample> examples,
    MirrorSpec mirror) {

  /**
   * What a finding says.
   *
   * @param suggestions         sentences to put where the acknowledgement belongs
   * @param distressSuggestions the same when the customer message shows distress
   */
  public record Texts(String message, String shortMessage, List<String> suggestions,
                      List<String> distressSuggestions, Source source) {
    public Texts {
      suggestions = List.copyOf(suggestions);
      distressSuggestions = List.copyOf(distressSuggestions);
    }
  }

  public AcknowledgementSpec {
    thanks = List.copyOf(thanks);
    recognition = List.copyOf(recognition);
    requests = List.copyOf(requests);
    distress = List.copyOf(distress);
    examples = List.copyOf(examples);
  }

  /** This spec with an overlay's lexicon entries and examples added. */
  AcknowledgementSpec plus(AcknowledgementSpec extra) {
    return new AcknowledgementSpec(
        extra.missing != null ? extra.missing : missing,
        extra.late != null ? extra.late : late,
        concat(thanks, extra.thanks), concat(recognition, extra.recognition),
        concat(requests, extra.requests), concat(distress, extra.distress),
        concat(examples, extra.examples), extra.mirror != null ? extra.mirror : mirror);
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** Every lexicon entry, for validation and tests. */
  public List<LexiconEntry> allLexiconEntries() {
    List<LexiconEntry> all = new ArrayList<>(thanks);
    all.addAll(recognition);
    all.addAll(requests);
    all.addAll(distress);
    return all;
  }
}
