package org.empathylint.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.empathylint.pack.PackEntry;
import org.empathylint.pack.Replacement;

/**
 * Turns a pack entry's replacements into text that drops into the draft where the flagged words
 * stand: the form that fits the flagged words, in the draft's form of address, capitalised by
 * position (a capital at a sentence start only), without a full stop before the sentence's own
 * punctuation, and never doubling a word or a determiner beside the flagged words (the span grows
 * over the neighbour the replacement repeats). A replacement that is a sentence is offered only
 * where the flagged words are a whole sentence; one that cannot fit is left out, and the message
 * still says what to do.
 */
final class Suggestions {
  static final String NAME = "{name}";
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’-]+");
  private static final String CLOSING_PUNCTUATION = ".!?;:,";
  /** Characters that may stand before the first word of a sentence (bullets, quotes, brackets). */
  private static final String SENTENCE_OPENERS = "-–—*•·\"'“”„‘’«»(>";

  private Suggestions() {}

  /** Replacements fitted to a sentence, and the span they replace (it may have grown over a neighbour). */
  record Placed(int from, int to, List<String> replacements) {
    /** The flagged words with no replacement (the message is the advice). */
    static Placed none(int from, int to) {
      return new Placed(from, to, List.of());
    }
  }

  /**
   * The replacements for {@code entry}'s match at {@code from..to} of {@code sentence} (the
   * sentence's own text, positions relative to it).
   */
  static Placed place(PackEntry entry, String sentence, int from, int to, CheckContext context, Set<String> determiners) {
    String flagged = sentence.substring(from, to);
    // One side of a slash pair ("du/I bedes", "medbringe/tilsende") cannot be replaced alone: the
    // other side would no longer match it.
    if ((from > 0 && sentence.charAt(from - 1) == '/') || (to < sentence.length() && sentence.charAt(to) == '/')) {
      return Placed.none(from, to);
    }
    boolean startsSentence = startsSentence(sentence, from);
    List<String> templates = new ArrayList<>();
    for (Replacement replacement : entry.suggestions()) {
      replacement.forFlagged(flagged, startsSentence).ifPresent(templates::add);
    }
    templates = render(templates, context);

    // A replacement that repeats the word beside the flagged words takes that word in (the span
    // grows over it); one that puts a determiner after another determiner does not fit.
    Word before = wordBefore(sentence, from);
    Word after = wordAfter(sentence, to);
    // A determiner pair the draft already has at a seam (the flagged words start or end with a
    // determiner) is not one the replacement makes.
    boolean frontFree = !determiners.contains(lower(firstWord(flagged)));
    boolean endFree = !determiners.contains(lower(lastWord(flagged)));
    boolean growBack = false;
    boolean growForward = false;
    List<String> fitting = new ArrayList<>();
    // The same word on both sides of a comma ("afgørelse om, om der …") or before a gloss in
    // brackets ("få rettet (berigtiget)") can't be mended by growing.
    String beforeSeparator = wordBeforeSeparator(sentence, from);
    List<String> nearBefore = wordsBefore(sentence, from, NEAR);
    List<String> nearAfter = wordsAfter(sentence, to, NEAR);
    for (String t : templates) {
      String first = firstWord(t);
      String last = lastWord(t);
      if (beforeSeparator != null && beforeSeparator.equalsIgnoreCase(first)) {
        continue;
      }
      if (repeatsANearbyWord(t, nearBefore, nearAfter, first, last)) {
        continue;
      }
      // A one-word replacement that is the word beside the match would take that word's place as
      // well as the flagged word's: right for a determiner ("den pågældende" → "den"), wrong for a
      // preposition before a conjunction ("Beslutning om hvorvidt" → "om" loses one of the two).
      if (first != null && first.equals(t.strip()) && !determiners.contains(lower(first))
          && (before != null && first.equalsIgnoreCase(before.text) || after != null && first.equalsIgnoreCase(after.text))) {
        continue;
      }
      if (before != null && first != null) {
        if (first.equalsIgnoreCase(before.text)) {
          growBack = true;
        } else if (frontFree && determiners.contains(lower(before.text)) && determiners.contains(lower(first))) {
          continue;
        }
      }
      if (after != null && last != null) {
        if (last.equalsIgnoreCase(after.text)) {
          growForward = true;
        } else if (endFree && determiners.contains(lower(last)) && determiners.contains(lower(after.text))) {
          continue;
        }
      }
      fitting.add(t);
    }
    int newFrom = growBack ? before.start : from;
    int newTo = growForward ? after.end : to;
    // Words written in capitals among other words in capitals ("SKAL DER BENYTTES SKIFTESKO") take
    // a replacement in capitals; a lone word in capitals is an acronym and decides nothing.
    boolean shouting = allCapitals(flagged) && (before != null && allCapitals(before.text) || after != null && allCapitals(after.text));
    boolean atStart = startsSentence(sentence, newFrom);
    String rest = sentence.substring(newTo);
    boolean wholeSentence = atStart && isClosingOnly(rest);
    List<String> placed = new ArrayList<>();
    for (String t : fitting) {
      String text = t;
      if (growBack && !lower(firstWord(text)).equals(lower(before.text))) {
        text = sentence.substring(before.start, from) + text;
      }
      if (growForward && !lower(lastWord(text)).equals(lower(after.text))) {
        text = text + sentence.substring(to, after.end);
      }
      if (isSentence(text) && !wholeSentence) {
        continue;
      }
      text = withoutPunctuationBefore(text, rest);
      text = atStart && !continuesAfterAbbreviation(sentence, newFrom) ? capitalize(text) : text;
      text = shouting ? text.toUpperCase(Locale.ROOT) : text;
      if (!text.isBlank() && !placed.contains(text)) {
        placed.add(text);
      }
    }
    return new Placed(newFrom, newTo, placed);
  }

  /**
   * Fills {@code {name}} with the customer's name (templates that need it are left out when the
   * name is unknown) and leaves out templates in another form of address than the draft's.
   */
  static List<String> render(List<String> templates, CheckContext context) {
    List<String> rendered = new ArrayList<>();
    String customerName = context.customerName();
    for (String template : templates) {
      if (usesAny(template, context.foreignRegisterWords())) {
        continue;
      }
      if (template.contains(NAME)) {
        if (customerName == null || customerName.isBlank()) {
          continue;
        }
        template = template.replace(NAME, customerName);
      }
      if (!rendered.contains(template)) {
        rendered.add(template);
      }
    }
    return rendered;
  }

  /** Whether the text uses a word of the set: lower-case words match any case, {@code =Word} exactly. */
  static boolean usesAny(String text, Set<String> words) {
    if (words.isEmpty()) {
      return false;
    }
    for (String word : NON_LETTERS.split(text)) {
      if (!word.isEmpty() && (words.contains(lower(word)) || words.contains("=" + word))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words in small letters right after a full stop on the same line (or where the sentence
   * splitter cut) go on after an abbreviation ("evt. anvendt", "bl.a. benyttet"), so the
   * replacement keeps the small letter; after a line break or a list mark the sentence start wins.
   */
  private static boolean continuesAfterAbbreviation(String sentence, int from) {
    int before = from - 1;
    while (before >= 0 && sentence.charAt(before) == ' ') {
      before--;
    }
    if (before >= 0 && sentence.charAt(before) != '.') {
      return false;
    }
    for (int i = from; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (Character.isLetter(c)) {
        return Character.isLowerCase(c);
      }
    }
    return false;
  }

  /** At least two letters, and every letter a capital. */
  static boolean allCapitals(String text) {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  static String capitalize(String text) {
    if (text.isEmpty() || Character.isUpperCase(text.charAt(0))) {
      return text;
    }
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private record Word(String text, int start, int end) {}

  /** How many words on each side of the match a replacement's word must not repeat. */
  private static final int NEAR = 3;

  /**
   * How far from the match a one-word replacement, of any length, must not stand already: "Bij
   * overmacht bij de organisator", "Als u als gevolg van …" read as a stutter.
   */
  private static final int NEAR_ONE_WORD = 2;

  /**
   * Whether a word of the replacement (five letters or more) already stands within {@link #NEAR}
   * words of the match, as the same word or a form of it (the same first six letters): one click
   * would write it twice ("reparation og/eller reparationer"). The word right beside the match that
   * the replacement starts or ends with is no repeat: the span grows over it.
   */
  private static boolean repeatsANearbyWord(String template, List<String> before, List<String> after, String first, String last) {
    List<String> near = new ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      boolean adjacent = i == before.size() - 1;
      if (!(adjacent && before.get(i).equalsIgnoreCase(first))) {
        near.add(lower(before.get(i)));
      }
    }
    for (int i = 0; i < after.size(); i++) {
      if (!(i == 0 && after.get(i).equalsIgnoreCase(last))) {
        near.add(lower(after.get(i)));
      }
    }
    // A one-word replacement: the word right beside the match is no repeat (the span grows over it).
    String one = template.strip();
    if (WORD.matcher(one).matches()
        && (before.size() >= NEAR_ONE_WORD && before.get(before.size() - NEAR_ONE_WORD).equalsIgnoreCase(one)
            || after.size() >= NEAR_ONE_WORD && after.get(NEAR_ONE_WORD - 1).equalsIgnoreCase(one))) {
      return true;
    }
    Matcher words = WORD.matcher(template);
    while (words.find()) {
      String word = lower(words.group());
      if (word.length() < 5) {
        continue;
      }
      String stem = word.substring(0, Math.min(6, word.length()));
      for (String other : near) {
        if (other.length() >= stem.length() && other.startsWith(stem)) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> wordsBefore(String sentence, int pos, int count) {
    List<String> all = new ArrayList<>();
    Matcher m = WORD.matcher(sentence.substring(0, pos));
    while (m.find()) {
      all.add(m.group());
    }
    return all.subList(Math.max(0, all.size() - count), all.size());
  }

  private static List<String> wordsAfter(String sentence, int pos, int count) {
    List<String> all = new ArrayList<>();
    Matcher m = WORD.matcher(sentence.substring(pos));
    while (m.find() && all.size() < count) {
      all.add(m.group());
    }
    return all;
  }

  /**
   * The word right before {@code pos}, when only white space stands between them (a line break of
   * a wrapped line too, not a blank line).
   */
  private static Word wordBefore(String sentence, int pos) {
    int end = pos;
    while (end > 0 && Character.isWhitespace(sentence.charAt(end - 1))) {
      end--;
    }
    if (end == pos || isParagraphBreak(sentence.substring(end, pos))) {
      return null;
    }
    int start = end;
    while (start > 0 && isWordChar(sentence.charAt(start - 1))) {
      start--;
    }
    return start < end ? new Word(sentence.substring(start, end), start, end) : null;
  }

  /**
   * The word before a comma or an opening bracket right before {@code pos} ("om, " before
   * "hvorvidt", "rettet (" before "berigtiget"), or null.
   */
  private static String wordBeforeSeparator(String sentence, int pos) {
    int i = pos;
    while (i > 0 && sentence.charAt(i - 1) == ' ') {
      i--;
    }
    if (i == 0 || (sentence.charAt(i - 1) != ',' && sentence.charAt(i - 1) != '(')) {
      return null;
    }
    Word word = wordBefore(sentence.substring(0, i - 1) + " ", i);
    return word == null ? null : word.text;
  }

  /** The word right after {@code pos}, when only white space (not a blank line) stands between them. */
  private static Word wordAfter(String sentence, int pos) {
    int start = pos;
    while (start < sentence.length() && Character.isWhitespace(sentence.charAt(start))) {
      start++;
    }
    if (start == pos || isParagraphBreak(sentence.substring(pos, start))) {
      return null;
    }
    int end = start;
    while (end < sentence.length() && isWordChar(sentence.charAt(end))) {
      end++;
    }
    return start < end ? new Word(sentence.substring(start, end), start, end) : null;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’';
  }

  private static String firstWord(String text) {
    java.util.regex.Matcher m = WORD.matcher(text);
    return m.find() && m.start() == 0 ? m.group() : null;
  }

  private static String lastWord(String text) {
    java.util.regex.Matcher m = WORD.matcher(text);
    String last = null;
    int end = -1;
    while (m.find()) {
      last = m.group();
      end = m.end();
    }
    return end == text.length() ? last : null;
  }

  /**
   * Whether a replacement at {@code pos} starts a sentence: by punctuation and line breaks, or,
   * after a line break or a colon (a heading or list line without punctuation, a list item, a
   * quotation), by the writer's own capital.
   */
  private static boolean startsSentence(String sentence, int pos) {
    return atSentenceStart(sentence, pos)
        || ((afterLineBreak(sentence, pos) || afterColon(sentence, pos) || afterListNumber(sentence, pos))
            && Character.isUpperCase(sentence.charAt(pos)));
  }

  /** A line that opens with an item's number ("1.2 Indien …", "3) Such …"): the writer's own capital decides. */
  private static final Pattern LIST_NUMBER = Pattern.compile("(?:^|\\n)[ \\t]*(?:\\d+(?:\\.\\d+)*\\.?|\\d+\\)|[a-z]\\))[ \\t]+$");

  private static boolean afterListNumber(String sentence, int pos) {
    return LIST_NUMBER.matcher(sentence.substring(0, pos)).find();
  }

  /** After a colon the writer's own capital (a list item, a quotation) decides. */
  private static boolean afterColon(String sentence, int pos) {
    int i = pos - 1;
    while (i >= 0 && sentence.charAt(i) == ' ') {
      i--;
    }
    return i >= 0 && sentence.charAt(i) == ':';
  }

  private static boolean afterLineBreak(String sentence, int pos) {
    int i = pos - 1;
    while (i >= 0 && sentence.charAt(i) != '\n' && Character.isWhitespace(sentence.charAt(i))) {
      i--;
    }
    return i >= 0 && sentence.charAt(i) == '\n';
  }

  private static boolean isParagraphBreak(String whitespace) {
    return whitespace.replace("\r", "").indexOf("\n\n") >= 0;
  }

  /**
   * Whether {@code pos} starts a sentence: nothing but white space and sentence openers (bullets,
   * quotes) stand between it and the text's start, a blank line, a sentence end (. ! ?), or a line
   * break after a line that ends in punctuation (a salutation's comma, a heading's colon). A line
   * break inside a wrapped sentence is no sentence start.
   */
  static boolean atSentenceStart(String sentence, int pos) {
    boolean lineBreak = false;
    boolean opener = false;
    for (int i = pos - 1; i >= 0; i--) {
      char c = sentence.charAt(i);
      if (c == '\n') {
        if (lineBreak || opener) {
          return true;
        }
        lineBreak = true;
        continue;
      }
      if (Character.isWhitespace(c)) {
        continue;
      }
      if (SENTENCE_OPENERS.indexOf(c) >= 0 && !lineBreak) {
        opener = true;
        continue;
      }
      return ".!?".indexOf(c) >= 0 || (lineBreak && ",;:".indexOf(c) >= 0);
    }
    return true;
  }

  private static boolean isClosingOnly(String rest) {
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (!Character.isWhitespace(c) && ".!?\"'”’)»".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Drops the replacement's own closing punctuation where the draft's follows it. */
  private static String withoutPunctuationBefore(String text, String rest) {
    String next = rest.stripLeading();
    if (next.isEmpty() || CLOSING_PUNCTUATION.indexOf(next.charAt(0)) < 0) {
      return text;
    }
    int end = text.length();
    while (end > 0 && (CLOSING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0 || text.charAt(end - 1) == ' ')) {
      end--;
    }
    return text.substring(0, end);
  }

  /** A text that ends a sentence, or holds a sentence end, is a sentence (or more). */
  private static boolean isSentence(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return false;
    }
    if (".!?".indexOf(t.charAt(t.length() - 1)) >= 0) {
      return true;
    }
    for (int i = 0; i + 1 < t.length(); i++) {
      if (".!?".indexOf(t.charAt(i)) >= 0 && Character.isWhitespace(t.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static String lower(String word) {
    return word == null ? "" : word.toLowerCase(Locale.ROOT);
  }
}
