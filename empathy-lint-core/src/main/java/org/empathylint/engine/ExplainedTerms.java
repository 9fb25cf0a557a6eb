package org.empathylint.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text explains a word itself: "Dit beleid, ook wel preferentiebeleid genoemd, houdt in
 * …", "… bij uw verzekeraar (restitutie)", "Wat is een backorder?", "rekvirenten, dvs. den instans,
 * der …". A term the writer explains is one the reader now shares, so it is no jargon and no
 * officialese there, nor anywhere else in the same text.
 *
 * <p>A word counts as the same term when it starts with the flagged word's stem (its first
 * {@value #STEM} letters, or the whole word when it is shorter): "actualisatie" explains
 * "actualiseren". The cues are fixed phrases of definition, per language ("noemen we", "wil
 * zeggen", "dvs.", a term alone in brackets after its explanation, and for process jargon a name
 * followed by brackets); a plain "X is …" or "X betekent …" is not one ("De restitutie is binnen
 * een week op uw rekening", "Restancen betyder samtidig, at …"), nor are brackets after
 * officialese ("tijdig (binnen een week)").
 */
final class ExplainedTerms {
  /** Letters of a word that make its stem; shorter words must match whole. */
  static final int STEM = 7;
  /** Words shorter than this are never looked up (function words), except acronyms ("DBC", "SLA"). */
  private static final int MIN_WORD = 5;
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");

  /** Each cue with the term as its first group: any word, which the cue then explains. */
  private final List<Pattern> cues;
  /** Cues for process jargon only: a name followed by its explanation in brackets ("DBC (…)"). */
  private final List<Pattern> jargonCues;

  private ExplainedTerms(List<String> cues, List<String> jargonCues) {
    this.cues = cues.stream().map(ExplainedTerms::compile).toList();
    this.jargonCues = jargonCues.stream().map(ExplainedTerms::compile).toList();
  }

  private static Pattern compile(String cue) {
    return Pattern.compile(cue.replace("TERM", "(?<!\\p{L})(\\p{L}+)"), Pattern.UNICODE_CASE);
  }

  /** The cues of a language ({@code nl}, {@code da}); other languages explain nothing. */
  static ExplainedTerms forLanguage(String code) {
    // A gap word never crosses the end of a sentence; a named term ends its clause.
    String gap = "(?:[^\\s.!?]+\\s+){0,4}?";
    String named = "['’\"”]?\\s*(?:[.,;:!?)]|$)";
    // A term alone in brackets names what the words before it said when it closes the clause
    // ("… van uw verzekeraar (restitutie)."); mid-clause it is an optional word ("niet (tijdig) opzegt").
    String closes = "\\s*(?:[.;:!?\\n]|$)";
    return switch (code) {
      case "nl" -> new ExplainedTerms(List.of(
          "\\(\\s*(?:de |het |een )?TERM\\s*\\)" + closes,
          "TERM,?\\s+(?:(?:houdt in|houden in|wil zeggen|willen zeggen|staat voor|oftewel|ofwel|dat wil zeggen)\\b|d\\.w\\.z\\.)",
          "\\b(?:heet|heten|noemen (?:we|wij)|noemt men|genaamd)\\s+" + gap + "['‘\"“]?TERM" + named,
          "\\b(?:zogenoemde|zogenaamde|zogeheten)\\s+['‘\"“]?TERM",
          "\\book wel\\s+" + gap + "['‘\"“]?TERM['’\"”]?\\s+(?:genoemd|geheten)",
          "\\bbetekent\\s+(?:de |het |een )TERM\\s+dat\\b",
          "\\bwat (?:is|zijn|betekent|houdt)\\s+(?:de |het |een )?TERM",
          "(?:^|[.!?]\\s+)(?:dit|dat) is (?:het|de|ons|onze) TERM\\s*[.!]"),
          List.of("TERM\\s*\\((?!\\s*[0-9€])"));
      case "da" -> new ExplainedTerms(List.of(
          "\\(\\s*TERM\\s*\\)" + closes,
          "TERM['’\"”]?,?\\s+(?:(?:vil sige|dækker over|står for|det vil sige)\\b|dvs\\.)",
          "\\b(?:kaldes|kaldet|også kaldet|hedder|benævnt|benævnes|kalder vi)\\s+" + gap + "['‘\"“]?TERM" + named,
          "\\b(?:såkaldt|såkaldte)\\s+['‘\"“]?TERM",
          "\\bhvad (?:er|betyder)\\s+(?:en |et |den |det )?TERM"),
          List.of("TERM\\s*\\((?!\\s*[0-9€])"));
      default -> new ExplainedTerms(List.of(), List.of());
    };
  }

  /**
   * Whether {@code text} explains one of the words of {@code flagged}; see {@link Explained#explains}.
   */
  boolean explains(String text, String flagged, boolean jargon) {
    return in(text).explains(flagged, jargon);
  }

  /** The words {@code text} explains, found with one scan of the text per cue. */
  Explained in(String text) {
    if (cues.isEmpty()) {
      return Explained.NOTHING;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return new Explained(wordsExplained(cues, lower), wordsExplained(jargonCues, lower));
  }

  private static Set<String> wordsExplained(List<Pattern> patterns, String lower) {
    Set<String> words = new HashSet<>();
    for (Pattern pattern : patterns) {
      Matcher m = pattern.matcher(lower);
      while (m.find()) {
        words.add(m.group(1));
      }
    }
    return words;
  }

  /** The words one text explains: by any cue, and (for process jargon only) by a name's brackets. */
  static final class Explained {
    static final Explained NOTHING = new Explained(Set.of(), Set.of());
    private final Set<String> words;
    private final Set<String> jargonWords;

    private Explained(Set<String> words, Set<String> jargonWords) {
      this.words = words;
      this.jargonWords = jargonWords;
    }

    /**
     * Whether one of the words of {@code flagged} is explained: each word of at least {@value
     * #MIN_WORD} letters, and each acronym. A word longer than {@value #STEM} letters counts as
     * explained when an explained word starts with its first {@value #STEM} letters; a shorter one
     * must be explained as it is. {@code jargon}: the finding is process jargon, which a name
     * followed by brackets also explains.
     */
    boolean explains(String flagged, boolean jargon) {
      if (words.isEmpty() && (!jargon || jargonWords.isEmpty())) {
        return false;
      }
      for (String w : flagged.split("[^\\p{L}]+")) {
        if (w.length() < MIN_WORD && !ACRONYM.matcher(w).matches()) {
          continue;
        }
        String word = w.toLowerCase(Locale.ROOT);
        if (isExplained(word, words) || jargon && isExplained(word, jargonWords)) {
          return true;
        }
      }
      return false;
    }

    private static boolean isExplained(String word, Set<String> explained) {
      if (word.length() <= STEM) {
        return explained.contains(word);
      }
      String stem = word.substring(0, STEM);
      for (String e : explained) {
        if (e.startsWith(stem)) {
          return true;
        }
      }
      return false;
    }
  }
}
