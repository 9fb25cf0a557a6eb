package org.empathylint.audit;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells Dutch from Danish by their most frequent words (none shared by the two languages) and by
 * the letters æ, ø and å. Only these two languages are told apart: a text with too few of either's
 * words is not recognised.
 */
public final class LanguageDetector {
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Set<String> DUTCH = Set.of(
      "het", "een", "van", "ik", "je", "u", "uw", "is", "dat", "niet", "op", "met", "voor", "zijn", "wij",
      "we", "te", "naar", "heeft", "hebben", "kunt", "ook", "maar", "als", "dan", "nog", "bij",
      "wat", "graag", "groet", "vriendelijke", "beste", "geachte", "onze", "ons", "jullie", "wordt",
      "deze", "hebt", "bent", "wel", "geen", "mijn", "bedankt", "bericht");
  private static final Set<String> DANISH = Set.of(
      "og", "at", "det", "et", "jeg", "du", "din", "dit", "ikke", "på", "med", "for", "til", "vi", "har",
      "som", "den", "af", "så", "hvis", "der", "fra", "os", "jer", "venlig", "hilsen", "tak",
      "vil", "også", "hej", "kære", "dig", "jeres", "vores", "mig", "min", "mit", "eller", "skal",
      "være", "blev", "meget", "når", "hvad", "beklager", "henvendelse");
  /** Fewer words of the leading language than this: not recognised. */
  private static final int MINIMUM_WORDS = 2;

  /** "nl" or "da", or nothing when neither language's words clearly outnumber the other's. */
  public Optional<String> detect(String text) {
    int dutch = 0;
    int danish = 0;
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String word = m.group();
      if (DUTCH.contains(word)) {
        dutch++;
      } else if (DANISH.contains(word)) {
        danish++;
      }
      if (word.indexOf('æ') >= 0 || word.indexOf('ø') >= 0 || word.indexOf('å') >= 0) {
        danish++;
      }
    }
    if (Math.max(dutch, danish) < MINIMUM_WORDS || dutch == danish) {
      return Optional.empty();
    }
    return Optional.of(dutch > danish ? "nl" : "da");
  }
}
