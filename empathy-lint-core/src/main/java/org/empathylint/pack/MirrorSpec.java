package org.empathylint.pack;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a language names the customer's situation back to them in their own words (the
 * acknowledgement file's {@code mirror:} section): which of the customer's words are theirs
 * ("mijn", "min") and what the agent says instead per form of address, which nouns are people,
 * animals or things the customer cares about, which words say someone died, is ill or hurt, which
 * feelings the customer may name, and the sentences to say it with.
 *
 * @param possessives  the customer's possessive (lower case) → the agent's word per register name
 * @param articles     an indefinite article (lower case) → the agent's possessive per register, for a
 *                     thing the customer ordered or has ("ik heb een wasmachine besteld" → "uw
 *                     wasmachine"), used only in a sentence with one of {@code firstPerson}
 * @param firstPerson  the customer's words for "I" and "we"
 * @param acquiredVerbs forms of "ordered", "bought", "rented", "booked": in a sentence with one of
 *                     them, any noun after an article is a thing of the customer's ("ik heb de
 *                     jurken besteld" → "de jurken"), listed or not
 * @param defaultRegister the register to use when the draft shows none
 * @param nounTags     a regex on LanguageTool's tags for a noun
 * @param adjectiveTags a regex on LanguageTool's tags for an adjective
 * @param nameTags     a regex on LanguageTool's tags for a name (a capitalised word right after a
 *                     person or animal noun: "onze hond Max")
 * @param beings       kind ({@code person}, {@code animal}, {@code thing}, {@code event}) → noun lemmas
 * @param states       situation ({@code died}, {@code ill}, {@code hurt}) → lemmas or forms that say it
 * @param feelings     feeling words (lower case) the customer may say they are ("teleurgesteld")
 * @param feelingVerbs words that introduce the feeling ("ben", "voel", "er", "føler")
 * @param templates    situation ({@code died}, {@code ill}, {@code hurt}, {@code event}, {@code thing}, {@code feeling};
 *                     {@code thanks} for a thing when the customer message shows no distress)
 *                     → register → sentences with {@code {who}}, {@code {them}}, {@code {what}},
 *                     {@code {feeling}}
 */
public record MirrorSpec(
    Map<String, Map<String, String>> possessives,
    Map<String, Map<String, String>> articles,
    Set<String> firstPerson,
    Set<String> acquiredVerbs,
    String defaultRegister,
    String nounTags,
    String adjectiveTags,
    String nameTags,
    Map<String, Set<String>> beings,
    Map<String, Set<String>> states,
    Set<String> feelings,
    Set<String> feelingVerbs,
    Map<String, Map<String, List<String>>> templates,
    Source source) {

  /** The placeholders a mirror template may use. */
  public static final Set<String> PLACEHOLDERS = Set.of("{who}", "{them}", "{what}", "{feeling}");
  public static final Set<String> KINDS = Set.of("person", "animal", "thing", "event");
  public static final Set<String> STATES = Set.of("died", "ill", "hurt");
  public static final Set<String> SITUATIONS = Set.of("died", "ill", "hurt", "thing", "event", "feeling", "thanks");
}
