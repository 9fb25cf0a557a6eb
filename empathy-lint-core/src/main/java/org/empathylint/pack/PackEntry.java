package org.empathylint.pack;

import java.util.List;
import org.empathylint.FindingCategory;
import org.empathylint.Severity;
import org.empathylint.pattern.PhrasePattern;

/**
 * One rule of a pack: the words it looks for, what it says, what it suggests and the examples
 * that prove it. Span categories only; the draft-level acknowledgement rules are an
 * {@link AcknowledgementSpec}.
 *
 * @param unless patterns that, found anywhere in the same sentence, mean this is not a finding
 * @param unlessNext patterns that, found in the next sentence, mean this is not a finding (a refusal
 *     followed by what can be done instead)
 * @param unlessCustomer patterns that, found in the customer's message, mean this is not a finding
 *     anywhere in the draft (the customer bought a concert ticket: "your ticket" is no jargon)
 * @param unlessText patterns that, found anywhere in the agent's own words, mean this is not a
 *     finding anywhere in them (a reply about a ferry's fares that says "bootticket" once uses
 *     "ticket" in its everyday sense throughout)
 * @param suggestions in-place replacements, best first; may be empty when the change needs the
 *     agent to rewrite (then the message says how, with an example)
 * @param noSuggestionsWhen patterns that, matching over the flagged words, withhold the
 *     replacements there: the words around them make no replacement fit (the finding stays, its
 *     message is the advice)
 * @param replyOnly a finding only in a reply to a customer: when a customer message is given or
 *     quoted, or the text opens with a salutation. On a help page or in a leaflet the same words
 *     state a policy ("Vervangend vervoer is niet inbegrepen"); said to a customer who asked for it,
 *     they are a bare "no"
 */
public record PackEntry(
    String id,
    FindingCategory category,
    PhrasePattern phrase,
    List<PhrasePattern> unless,
    List<PhrasePattern> unlessNext,
    List<PhrasePattern> unlessCustomer,
    List<PhrasePattern> unlessText,
    String message,
    String shortMessage,
    List<Replacement> suggestions,
    List<PhrasePattern> noSuggestionsWhen,
    boolean replyOnly,
    Severity severity,
    List<Example> bad,
    List<Example> good,
    Source source) {

  public PackEntry {
    unless = List.copyOf(unless);
    unlessNext = List.copyOf(unlessNext);
    unlessCustomer = List.copyOf(unlessCustomer);
    unlessText = List.copyOf(unlessText);
    suggestions = List.copyOf(suggestions);
    noSuggestionsWhen = List.copyOf(noSuggestionsWhen);
    bad = List.copyOf(bad);
    good = List.copyOf(good);
  }

  public PackEntry withSeverity(Severity newSeverity) {
    return new PackEntry(id, category, phrase, unless, unlessNext, unlessCustomer, unlessText, message, shortMessage, suggestions, noSuggestionsWhen, replyOnly, newSeverity, bad, good, source);
  }
}
