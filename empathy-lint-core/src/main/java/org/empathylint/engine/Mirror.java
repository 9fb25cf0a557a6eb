package org.empathylint.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.empathylint.pack.MirrorSpec;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;

/**
 * Names the customer's situation back to them in their own words, for the acknowledgement
 * suggestion: the person, animal or thing they wrote about with their own possessive turned to the
 * agent's ("mijn zoontje" → "uw zoontje", "min søn" → "din søn", a pet's name kept; a thing the
 * customer ordered or has: "ik heb een wasmachine besteld" → "uw wasmachine"), what happened
 * to them (died, ill, hurt) and the feeling they named, put into the pack's sentences for that
 * situation and the draft's form of address. Nothing is said that the customer did not write: a
 * situation is named only from a noun after the customer's own possessive, and a state only when a
 * word for it stands in the same sentence.
 */
final class Mirror {
  private final MirrorSpec spec;
  private final Pattern noun;
  private final Pattern adjective;
  private final Pattern name;

  Mirror(MirrorSpec spec) {
    this.spec = spec;
    this.noun = Pattern.compile(spec.nounTags());
    this.adjective = Pattern.compile(spec.adjectiveTags());
    this.name = Pattern.compile(spec.nameTags());
  }

  /**
   * A person, animal or thing of the customer's, as the agent names it, where its noun stands in
   * the sentence, and what the sentence says happened to it.
   */
  record Found(String kind, String who, String them, String state, int at) {
    Found withState(String newState) {
      return new Found(kind, who, them, newState, at);
    }
  }

  /**
   * Up to {@code max} sentences, best first; empty when nothing can be named safely. A thing or an
   * event gets sympathy only when the customer message shows distress; otherwise thanks that name it.
   */
  List<String> sentences(List<AnalyzedSentence> customer, String register, int max, boolean distressed) {
    String reg = register != null ? register : spec.defaultRegister();
    List<Found> found = new ArrayList<>();
    String feeling = null;
    for (AnalyzedSentence sentence : customer) {
      AnalyzedTokenReadings[] tokens = sentence.getTokensWithoutWhitespace();
      boolean customerSpeaks = false;
      boolean acquired = false;
      for (AnalyzedTokenReadings token : tokens) {
        customerSpeaks |= spec.firstPerson().contains(lower(token.getToken()));
        acquired |= spec.acquiredVerbs().contains(lower(token.getToken()));
      }
      List<Found> inSentence = new ArrayList<>();
      for (int i = 1; i < tokens.length; i++) {
        Found f = phraseAt(tokens, i, reg, spec.possessives(), false);
        if (f == null && customerSpeaks) {
          f = phraseAt(tokens, i, reg, spec.articles(), acquired);
          f = f != null && f.kind.equals("thing") ? f : null;
        }
        if (f != null) {
          inSentence.add(f);
        }
      }
      found.addAll(withStates(tokens, inSentence));
      if (feeling == null) {
        feeling = feelingIn(tokens);
      }
    }
    Set<String> sentences = new LinkedHashSet<>();
    for (String situation : List.of("died", "ill", "hurt")) {
      for (Found f : found) {
        if (situation.equals(f.state) && (f.kind.equals("person") || f.kind.equals("animal"))) {
          addAll(sentences, situation, reg, f, null);
        }
      }
    }
    for (Found f : found) {
      if (f.kind.equals("event") && distressed) {
        addAll(sentences, "event", reg, f, null);
        break;
      }
    }
    if (feeling != null) {
      addAll(sentences, "feeling", reg, null, feeling);
    }
    for (Found f : found) {
      if (f.kind.equals("thing")) {
        addAll(sentences, distressed ? "thing" : "thanks", reg, f, null);
        break;
      }
    }
    List<String> result = new ArrayList<>(sentences);
    return result.size() > max ? result.subList(0, max) : result;
  }

  private void addAll(Set<String> out, String situation, String register, Found f, String feeling) {
    Map<String, List<String>> byRegister = spec.templates().get(situation);
    if (byRegister == null || byRegister.get(register) == null) {
      return;
    }
    for (String template : byRegister.get(register)) {
      String text = template;
      if (f != null) {
        text = text.replace("{who}", f.who).replace("{them}", f.them).replace("{what}", f.who);
      }
      if (feeling != null) {
        text = text.replace("{feeling}", feeling);
      }
      if (!text.contains("{")) {
        out.add(Suggestions.capitalize(text));
      }
    }
  }

  /**
   * Gives each word for died, ill or hurt to the one person or animal it most likely speaks of: the
   * nearest one before it in the sentence, else the nearest after it ("mijn moeder belde omdat mijn
   * vader is overleden": the father died, not the mother). Died wins over ill, ill over hurt.
   */
  private List<Found> withStates(AnalyzedTokenReadings[] tokens, List<Found> inSentence) {
    List<Found> result = new ArrayList<>(inSentence);
    for (String state : List.of("hurt", "ill", "died")) {
      Set<String> words = spec.states().getOrDefault(state, Set.of());
      for (int t = 0; t < tokens.length; t++) {
        AnalyzedTokenReadings token = tokens[t];
        boolean says = words.contains(lower(token.getToken())) || token.getReadings().stream()
            .anyMatch(r -> r.getLemma() != null && words.contains(lower(r.getLemma())));
        if (!says) {
          continue;
        }
        int best = -1;
        for (int k = 0; k < result.size(); k++) {
          Found f = result.get(k);
          if (f.kind.equals("person") || f.kind.equals("animal")) {
            boolean before = f.at < t;
            int bestAt = best < 0 ? -1 : result.get(best).at;
            boolean better = best < 0
                || (before && (bestAt > t || f.at > bestAt))
                || (!before && bestAt > t && f.at < bestAt);
            if (better) {
              best = k;
            }
          }
        }
        if (best >= 0) {
          result.set(best, result.get(best).withState(state));
        }
      }
    }
    return result;
  }

  /** The customer's possessive at {@code i}, up to three adjectives, a noun we know, and a name after it. */
  private Found phraseAt(AnalyzedTokenReadings[] tokens, int i, String register,
      Map<String, Map<String, String>> customerWords, boolean anyNounIsAThing) {
    Map<String, String> agentWords = customerWords.get(lower(tokens[i].getToken()));
    if (agentWords == null || agentWords.get(register) == null) {
      return null;
    }
    StringBuilder words = new StringBuilder(agentWords.get(register));
    int j = i + 1;
    while (j < tokens.length && j <= i + 3 && has(tokens[j], adjective) && !isNoun(tokens[j])) {
      words.append(' ').append(tokens[j].getToken());
      j++;
    }
    if (j >= tokens.length || !isNoun(tokens[j]) && !isGenitiveOfKnown(tokens[j])) {
      return null;
    }
    words.append(' ').append(tokens[j].getToken());
    // A possessive noun before another ("din datters bryllup"): the second is the head.
    if (j + 1 < tokens.length && isNoun(tokens[j + 1]) && !isCapitalised(tokens[j + 1])
        && lower(tokens[j].getToken()).endsWith("s")) {
      j++;
      words.append(' ').append(tokens[j].getToken());
    }
    String kind = kindOf(tokens[j]);
    if (kind == null && anyNounIsAThing && has(tokens[j], noun)) {
      kind = "thing";
    }
    if (kind == null) {
      return null;
    }
    String them = words.toString();
    if ((kind.equals("person") || kind.equals("animal")) && j + 1 < tokens.length) {
      // A name right after the noun, or set off by commas ("min mand, Poul,").
      int k = tokens[j + 1].getToken().equals(",") && j + 2 < tokens.length ? j + 2 : j + 1;
      AnalyzedTokenReadings next = tokens[k];
      if (isCapitalised(next) && (has(next, name) || untagged(next))) {
        words.append(' ').append(next.getToken());
        them = next.getToken();
      }
    }
    return new Found(kind, words.toString(), them, null, j);
  }

  /** A noun by its tags, or a word the pack lists as a person, animal, thing or event (taggers have gaps). */
  private boolean isNoun(AnalyzedTokenReadings token) {
    return has(token, noun) || spec.beings().values().stream().anyMatch(words -> words.contains(lower(token.getToken())));
  }

  /** "datters": a listed word with a genitive -s. */
  private boolean isGenitiveOfKnown(AnalyzedTokenReadings token) {
    String word = lower(token.getToken());
    return word.endsWith("s") && word.length() > 2
        && spec.beings().values().stream().anyMatch(words -> words.contains(word.substring(0, word.length() - 1)));
  }

  private String kindOf(AnalyzedTokenReadings token) {
    for (Map.Entry<String, Set<String>> kind : spec.beings().entrySet()) {
      if (kind.getValue().contains(lower(token.getToken()))) {
        return kind.getKey();
      }
      for (AnalyzedToken reading : token.getReadings()) {
        if (reading.getLemma() != null && reading.getPOSTag() != null && noun.matcher(reading.getPOSTag()).matches()
            && kind.getValue().contains(lower(reading.getLemma()))) {
          return kind.getKey();
        }
      }
    }
    return null;
  }

  /** A feeling word right after the customer's "ik ben", "jeg er", "ik voel me" (up to two words between). */
  private String feelingIn(AnalyzedTokenReadings[] tokens) {
    for (int i = 1; i < tokens.length; i++) {
      for (String intro : spec.feelingVerbs()) {
        String[] words = intro.split(" ");
        if (i + words.length > tokens.length) {
          continue;
        }
        boolean match = true;
        for (int k = 0; k < words.length && match; k++) {
          match = lower(tokens[i + k].getToken()).equals(words[k]);
        }
        if (!match) {
          continue;
        }
        int after = i + words.length;
        for (int k = after; k < Math.min(tokens.length, after + 3); k++) {
          String word = lower(tokens[k].getToken());
          if (spec.feelings().contains(word)) {
            return word;
          }
          if (lower(tokens[k].getToken()).equals("niet") || lower(tokens[k].getToken()).equals("ikke")) {
            break;
          }
        }
      }
    }
    return null;
  }

  private static boolean isCapitalised(AnalyzedTokenReadings token) {
    String text = token.getToken();
    return text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1));
  }

  private static boolean untagged(AnalyzedTokenReadings token) {
    return token.getReadings().stream().allMatch(r -> r.getPOSTag() == null || r.getPOSTag().isEmpty());
  }

  private static boolean has(AnalyzedTokenReadings token, Pattern tags) {
    for (AnalyzedToken reading : token.getReadings()) {
      if (reading.getPOSTag() != null && tags.matcher(reading.getPOSTag()).matches()) {
        return true;
      }
    }
    return false;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
