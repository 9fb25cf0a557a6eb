package org.empathylint.pattern;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A parsed phrase pattern: the token sequences it stands for, with optional parts and alternatives
 * already spelled out, so that a {@link PhraseMatcher} can put them in one trie.
 *
 * <p>Syntax (items are separated by spaces):
 * <pre>
 *   word          the word form, any case               ontvangen
 *   =Word         the word form with exactly these capitals         =De (formal you, not "de")
 *   &lt;lemma&gt;       any form of the lemma (LanguageTool's tagger)  &lt;escaleren&gt;
 *   /regex/       the whole word form matches (lower case; RE2      /eskaler(e|er|et|ede)/
 *                 syntax, matched in linear time: no lookaround or backreferences)
 *   &#64;TAG      a reading whose part-of-speech tag (LanguageTool's  &#64;ZNW (a Dutch noun),
 *                 tagger) starts with TAG                             &#64;sub (a Danish one)
 *   *             any one token
 *   a|&lt;b&gt;|/c/     one token matching any of these
 *   !a|b          one token matching none of these
 *   item?         optional item
 *   ~N            a gap of 0 to N arbitrary tokens (N at most 9)
 *   ( a b | c )   a group; a free-standing | separates alternative sequences; ( ... )? is optional
 *   [ a b ]       the part to flag (default: the whole match)
 *   ^             first (also just inside [ ): only at the start of a sentence
 *   $             the end of the sentence or of a line (matches no token)
 *   /             a lone slash is the word "/" (as in "heer / mevrouw")
 *   \? \( \|      a literal punctuation token that is otherwise syntax
 * </pre>
 *
 * <p>Limits, so that no pattern makes loading or matching slow: at most {@value #MAX_ITEMS} words
 * and gaps as written, {@value #MAX_NESTING} groups inside each other, {@value #MAX_VARIANTS} word sequences
 * spelled out, each of at most {@value #MAX_STEPS} steps and {@value #MAX_GAPS} gaps.
 *
 * <p>{@code |} without spaces binds one word: {@code contact opnemen|zoeken} is "contact" followed
 * by "opnemen" or "zoeken". Because {@code (contact opnemen|bellen)} is so easily meant as
 * "contact opnemen" or "bellen", such a group is rejected: write {@code ( contact opnemen | bellen )}
 * for alternative sequences or {@code ( contact (opnemen|zoeken) )} for one word with alternatives.
 * A negated word cannot be optional; write {@code ( !x )?} instead.
 */
public final class PhrasePattern {
  /** Word sequences one pattern may spell out to. */
  public static final int MAX_VARIANTS = 2048;
  /** The longest gap, ~9. */
  public static final int MAX_GAP = 9;
  /** Gaps in one word sequence: each multiplies the ways a sentence is walked by up to ten. */
  public static final int MAX_GAPS = 3;
  /** Words and gaps in one pattern, counted as written. */
  public static final int MAX_ITEMS = 500;
  /** Steps in one word sequence. */
  public static final int MAX_STEPS = 40;
  /** Groups ( ) and [ ] inside each other. */
  public static final int MAX_NESTING = 10;

  private final String source;
  private final boolean anchored;
  private final List<List<Step>> variants;

  private PhrasePattern(String source, boolean anchored, List<List<Step>> variants) {
    this.source = source;
    this.anchored = anchored;
    this.variants = variants;
  }

  /** Parses a pattern; throws {@link PatternSyntaxException} with the position of the problem. */
  public static PhrasePattern parse(String source) {
    return new Parser(source).parse();
  }

  public String source() {
    return source;
  }

  /** True when the pattern only matches at the start of a sentence. */
  public boolean anchored() {
    return anchored;
  }

  /**
   * The ways a sentence can be walked along this pattern's gaps from one start: for each word
   * sequence with gaps, the product of its gaps' widths (a ~3 can skip 0 to 3 words: 4 ways).
   */
  public long gapWalks() {
    long walks = 0;
    for (List<Step> variant : variants) {
      long ways = 1;
      for (Step step : variant) {
        ways *= step.maxGap() + 1;
      }
      walks += ways > 1 ? ways : 0;
    }
    return walks;
  }

  /** Every token sequence the pattern stands for. */
  public List<List<Step>> variants() {
    return variants;
  }

  /**
   * True when the flagged words can differ from match to match beyond a choice of fixed words: the
   * marked part holds a lemma, a regex, a negated word or a gap. One fixed replacement cannot fit
   * every such match (person, number, tense, compounds, the words in a gap).
   */
  public boolean flagsVariableWords() {
    for (List<Step> variant : variants) {
      boolean inside = false;
      for (Step step : variant) {
        inside |= step.markStart();
        if (inside && (step.isGap() || step.negated() || step.tests().stream().anyMatch(t ->
            t.kind() == TokenTest.Kind.LEMMA || t.kind() == TokenTest.Kind.REGEX || t.kind() == TokenTest.Kind.TAG
            || t.kind() == TokenTest.Kind.ANY))) {
          return true;
        }
        if (step.markEnd()) {
          inside = false;
        }
      }
    }
    return false;
  }

  /** Every literal word form in the pattern, for the "can this ever match" check against a tokenizer. */
  public List<String> literalForms() {
    return testValues(Set.of(TokenTest.Kind.FORM, TokenTest.Kind.EXACT_FORM));
  }

  /** Every {@code <lemma>} in the pattern, for the check against the tagger's dictionary. */
  public List<String> lemmas() {
    return testValues(Set.of(TokenTest.Kind.LEMMA));
  }

  private List<String> testValues(Set<TokenTest.Kind> kinds) {
    List<String> values = new ArrayList<>();
    for (List<Step> variant : variants) {
      for (Step step : variant) {
        for (TokenTest test : step.tests()) {
          if (kinds.contains(test.kind()) && !values.contains(test.value())) {
            values.add(test.value());
          }
        }
      }
    }
    return values;
  }

  @Override
  public String toString() {
    return source;
  }

  // ---------------------------------------------------------------------------------------------
  // Parsing: a small recursive-descent parser producing a tree of items, then spelled out.

  private sealed interface Item permits TokenItem, GapItem, GroupItem, MarkItem, LineEndItem {}

  private record TokenItem(List<TokenTest> tests, boolean negated, boolean optional) implements Item {}

  private record GapItem(int max) implements Item {}

  private record GroupItem(List<List<Item>> alternatives, boolean optional) implements Item {}

  private record MarkItem(boolean start) implements Item {}

  private record LineEndItem() implements Item {}

  private static final class Parser {
    private final String s;
    private int pos;
    private int marks;
    private int tokensSeen;
    private int depth;
    private boolean anchored;

    Parser(String s) {
      this.s = s;
    }

    PhrasePattern parse() {
      List<List<Item>> alternatives = parseAlternatives(false);
      if (pos < s.length()) {
        throw error("unexpected '" + s.charAt(pos) + "'");
      }
      if (alternatives.size() != 1) {
        throw error("a free-standing '|' is only allowed inside ( ... ); write a|b for alternative words", 0);
      }
      List<List<Object>> flat = spellOut(alternatives.get(0));
      Set<List<Step>> variants = new LinkedHashSet<>(); // optional parts can spell out many duplicates
      for (List<Object> seq : flat) {
        List<Step> steps = applyMarks(seq);
        if (steps.isEmpty()) {
          throw error("the pattern can match nothing at all (every part is optional)", 0);
        }
        if (steps.get(0).isGap() || steps.get(steps.size() - 1).isGap()) {
          throw error("a pattern cannot begin or end with a gap (~N)", 0);
        }
        if (steps.get(0).lineEnd() || steps.stream().allMatch(Step::lineEnd)) {
          throw error("a pattern cannot begin with $ (end of line)", 0);
        }
        if (steps.stream().filter(Step::isGap).count() > MAX_GAPS) {
          throw error("more than " + MAX_GAPS + " gaps (~N) in one word sequence; split the pattern into"
              + " several entries", Math.max(0, s.lastIndexOf('~')));
        }
        variants.add(steps);
      }
      return new PhrasePattern(s, anchored, List.copyOf(variants));
    }

    private List<List<Item>> parseAlternatives(boolean inGroup) {
      List<List<Item>> alternatives = new ArrayList<>();
      List<Item> current = new ArrayList<>();
      while (true) {
        skipSpace();
        if (pos >= s.length()) {
          break;
        }
        char c = s.charAt(pos);
        if (c == ')' || c == ']') {
          break;
        }
        if (c == '|') {
          if (!inGroup) {
            throw error("a free-standing '|' is only allowed inside ( ... ); write a|b for alternative words");
          }
          pos++;
          alternatives.add(current);
          current = new ArrayList<>();
          continue;
        }
        current.add(parseItem());
      }
      alternatives.add(current);
      return alternatives;
    }

    private Item parseItem() {
      if (tokensSeen >= MAX_ITEMS) {
        throw error("the pattern is longer than " + MAX_ITEMS + " words; split it into several entries");
      }
      char c = s.charAt(pos);
      if (c == '^' && (pos + 1 == s.length() || Character.isWhitespace(s.charAt(pos + 1)))) {
        if (tokensSeen > 0 || anchored) {
          throw error("'^' (sentence start) can only come first");
        }
        anchored = true;
        pos++;
        return new GroupItem(List.of(List.of()), false);
      }
      if (c == '(') {
        int open = pos++;
        enterGroup(open);
        List<List<Item>> alternatives = parseAlternatives(true);
        depth--;
        if (pos >= s.length() || s.charAt(pos) != ')') {
          throw error("'(' is never closed", open);
        }
        pos++;
        for (List<Item> alternative : alternatives) {
          if (alternative.isEmpty()) {
            throw error("empty alternative in ( ... )", open);
          }
        }
        rejectAmbiguousAlternatives(alternatives, open);
        return new GroupItem(alternatives, consumeOptional());
      }
      if (c == '[') {
        if (marks++ > 0) {
          throw error("only one [ ... ] span may be marked");
        }
        int open = pos++;
        enterGroup(open);
        List<List<Item>> alternatives = parseAlternatives(false);
        depth--;
        if (pos >= s.length() || s.charAt(pos) != ']') {
          throw error("'[' is never closed", open);
        }
        pos++;
        List<Item> inner = new ArrayList<>();
        inner.add(new MarkItem(true));
        inner.addAll(alternatives.get(0));
        inner.add(new MarkItem(false));
        return new GroupItem(List.of(inner), false);
      }
      if (c == '$' && (pos + 1 == s.length() || Character.isWhitespace(s.charAt(pos + 1)) || s.charAt(pos + 1) == ')')) {
        pos++;
        return new LineEndItem();
      }
      if (c == '~') {
        int start = pos++;
        int digitsStart = pos;
        while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
          pos++;
        }
        if (digitsStart == pos) {
          throw error("'~' needs a number: ~3 is a gap of up to three words", start);
        }
        int max = Integer.parseInt(s.substring(digitsStart, pos));
        if (max < 1 || max > MAX_GAP) {
          throw error("a gap must be between ~1 and ~" + MAX_GAP, start);
        }
        tokensSeen++;
        return new GapItem(max);
      }
      return parseToken();
    }

    private void enterGroup(int open) {
      if (++depth > MAX_NESTING) {
        throw error("more than " + MAX_NESTING + " groups ( ) or [ ] inside each other", open);
      }
    }

    /**
     * In a group of several words, {@code a|b c} reads as one word a-or-b followed by c, while
     * pack authors often mean "a" or "b c". Such a group must say which: {@code ( a | b c )} for
     * alternative sequences, {@code ( (a|b) c )} for one word with alternatives.
     */
    private void rejectAmbiguousAlternatives(List<List<Item>> alternatives, int open) {
      if (alternatives.size() != 1 || alternatives.get(0).size() < 2) {
        return;
      }
      for (Item item : alternatives.get(0)) {
        if (item instanceof TokenItem token && token.tests().size() > 1) {
          throw error("ambiguous group: write ( a | b c ) for alternative sequences or ( (a|b) c ) for one word"
              + " with alternatives", open);
        }
      }
    }

    private Item parseToken() {
      tokensSeen++;
      int start = pos;
      boolean negated = false;
      if (s.charAt(pos) == '!' && pos + 1 < s.length() && !Character.isWhitespace(s.charAt(pos + 1))) {
        negated = true;
        pos++;
      }
      List<TokenTest> tests = new ArrayList<>();
      while (true) {
        tests.add(parseAlternative(start));
        if (pos < s.length() && s.charAt(pos) == '|' && pos + 1 < s.length()
            && !Character.isWhitespace(s.charAt(pos + 1)) && s.charAt(pos + 1) != ')') {
          pos++;
          continue;
        }
        break;
      }
      boolean optional = consumeOptional();
      if (negated && optional) {
        throw error("a negated token cannot be optional", start);
      }
      if (negated && tests.stream().anyMatch(t -> t.kind() == TokenTest.Kind.ANY)) {
        throw error("'!*' can never match", start);
      }
      return new TokenItem(tests, negated, optional);
    }

    private TokenTest parseAlternative(int tokenStart) {
      if (pos >= s.length()) {
        throw error("a word is missing after '|'", tokenStart);
      }
      char c = s.charAt(pos);
      if (c == '<') {
        int end = s.indexOf('>', pos);
        if (end < 0) {
          throw error("'<' of a lemma is never closed with '>'");
        }
        String lemma = s.substring(pos + 1, end).trim();
        if (lemma.isEmpty() || lemma.contains(" ")) {
          throw error("a lemma must be one word: <lemma>");
        }
        pos = end + 1;
        return TokenTest.lemma(lemma);
      }
      if (c == '/' && (pos + 1 == s.length() || Character.isWhitespace(s.charAt(pos + 1)) || s.charAt(pos + 1) == ')')) {
        pos++;
        return TokenTest.form("/");
      }
      if (c == '/') {
        int end = pos + 1;
        while (end < s.length() && s.charAt(end) != '/') {
          if (s.charAt(end) == '\\') {
            end++;
          }
          end++;
        }
        if (end >= s.length()) {
          throw error("regular expression /.../ is never closed");
        }
        String regex = s.substring(pos + 1, end);
        if (regex.isEmpty()) {
          throw error("empty regular expression //");
        }
        try {
          Pattern.compile(regex);
        } catch (com.google.re2j.PatternSyntaxException e) {
          throw error("bad regular expression /" + regex + "/: " + e.getDescription()
              + " (lookaround and backreferences are not supported)");
        }
        if (!regex.equals(regex.toLowerCase(Locale.ROOT)) && !regex.contains("\\")) {
          throw error("regular expressions are matched against the lower-case word form; /" + regex
              + "/ has capitals and can never match");
        }
        pos = end + 1;
        return new TokenTest(TokenTest.Kind.REGEX, regex);
      }
      StringBuilder word = new StringBuilder();
      while (pos < s.length()) {
        char ch = s.charAt(pos);
        if (ch == '\\' && pos + 1 < s.length()) {
          word.append(s.charAt(pos + 1));
          pos += 2;
          continue;
        }
        if (Character.isWhitespace(ch) || ch == '(' || ch == ')' || ch == '[' || ch == ']' || ch == '|') {
          break;
        }
        if (ch == '?' && word.length() > 0) {
          break;
        }
        word.append(ch);
        pos++;
      }
      if (word.length() == 0) {
        throw error("a word is missing here");
      }
      String w = word.toString();
      if (w.equals("$") || w.equals("^")) {
        throw error("'" + w + "' cannot be one of a word's alternatives (it matches no word); write it on its own,"
            + " as a separate phrase if need be", tokenStart);
      }
      if (w.length() > 1 && w.charAt(0) == '=') {
        return TokenTest.exactForm(w.substring(1));
      }
      if (w.length() > 1 && w.charAt(0) == '@') {
        return TokenTest.tag(w.substring(1));
      }
      return w.equals("*") ? TokenTest.any() : TokenTest.form(w);
    }

    private boolean consumeOptional() {
      if (pos < s.length() && s.charAt(pos) == '?') {
        pos++;
        return true;
      }
      return false;
    }

    private void skipSpace() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
    }

    private PatternSyntaxException error(String message) {
      return error(message, pos);
    }

    private PatternSyntaxException error(String message, int at) {
      return new PatternSyntaxException(message, at);
    }

    /** Spells out optional items and alternatives into plain sequences of steps and marks. */
    private List<List<Object>> spellOut(List<Item> items) {
      List<List<Object>> results = new ArrayList<>();
      results.add(new ArrayList<>());
      for (Item item : items) {
        List<List<Object>> choices = choicesOf(item);
        List<List<Object>> next = new ArrayList<>();
        for (List<Object> prefix : results) {
          for (List<Object> choice : choices) {
            List<Object> combined = new ArrayList<>(prefix);
            combined.addAll(choice);
            if (combined.size() > MAX_STEPS && combined.stream().filter(Step.class::isInstance).count() > MAX_STEPS) {
              throw error("a word sequence of the pattern is longer than " + MAX_STEPS
                  + " words; split it into several entries", 0);
            }
            next.add(combined);
            if (next.size() > MAX_VARIANTS) {
              throw error("the pattern spells out to more than " + MAX_VARIANTS
                  + " word sequences; split it into several entries", 0);
            }
          }
        }
        results = next;
      }
      return results;
    }

    private List<List<Object>> choicesOf(Item item) {
      List<List<Object>> choices = new ArrayList<>();
      if (item instanceof TokenItem token) {
        choices.add(List.of(new Step(token.tests(), token.negated(), 0, false, false, false)));
        if (token.optional()) {
          choices.add(List.of());
        }
      } else if (item instanceof GapItem gap) {
        choices.add(List.of(new Step(List.of(TokenTest.any()), false, gap.max(), false, false, false)));
      } else if (item instanceof LineEndItem) {
        choices.add(List.of(new Step(List.of(), false, 0, true, false, false)));
      } else if (item instanceof MarkItem mark) {
        choices.add(List.of(mark));
      } else if (item instanceof GroupItem group) {
        for (List<Item> alternative : group.alternatives()) {
          choices.addAll(spellOut(alternative));
        }
        mergeOneWordChoices(choices);
        if (group.optional()) {
          choices.add(List.of());
        }
      }
      return choices;
    }

    /**
     * ( a | b | c d ) reads as a|b, then c d: one-word choices become one step whose tests are
     * alternatives, as the trie matches them the same way. Without this, every such group would
     * multiply the variants (and trie nodes) of the whole pattern; some spell out to thousands.
     * Only when the merged step stays a lookup (forms and lemmas) or a form test (forms and regexes).
     */
    private static void mergeOneWordChoices(List<List<Object>> choices) {
      int first = -1;
      Set<TokenTest> tests = new LinkedHashSet<>();
      Set<TokenTest.Kind> kinds = EnumSet.noneOf(TokenTest.Kind.class);
      for (int i = 0; i < choices.size(); i++) {
        if (isPlainWord(choices.get(i))) {
          Step step = (Step) choices.get(i).get(0);
          tests.addAll(step.tests());
          step.tests().forEach(t -> kinds.add(t.kind()));
          first = first < 0 ? i : first;
        }
      }
      boolean lookups = EnumSet.of(TokenTest.Kind.FORM, TokenTest.Kind.LEMMA).containsAll(kinds);
      boolean formTests = EnumSet.of(TokenTest.Kind.FORM, TokenTest.Kind.REGEX).containsAll(kinds);
      if (first < 0 || !(lookups || formTests)) {
        return;
      }
      List<Object> merged = List.of(new Step(List.copyOf(tests), false, 0, false, false, false));
      List<List<Object>> rest = new ArrayList<>();
      for (int i = 0; i < choices.size(); i++) {
        if (i == first) {
          rest.add(merged);
        } else if (!isPlainWord(choices.get(i))) {
          rest.add(choices.get(i));
        }
      }
      choices.clear();
      choices.addAll(rest);
    }

    private static boolean isPlainWord(List<Object> choice) {
      return choice.size() == 1 && choice.get(0) instanceof Step step && !step.negated() && !step.isGap()
          && !step.lineEnd() && !step.markStart() && !step.markEnd();
    }

    private List<Step> applyMarks(List<Object> seq) {
      List<Step> steps = new ArrayList<>();
      boolean pendingStart = false;
      int markedSteps = 0;
      boolean inMark = false;
      for (Object o : seq) {
        if (o instanceof MarkItem mark) {
          if (mark.start()) {
            pendingStart = true;
            inMark = true;
          } else {
            if (markedSteps == 0) {
              throw error("the marked span [ ... ] can be empty; mark at least one word that is always there", 0);
            }
            Step last = steps.remove(steps.size() - 1);
            if (last.isGap() || last.lineEnd()) {
              throw error("a gap (~N) or $ cannot end the marked span", 0);
            }
            steps.add(last.withMarks(false, true));
            inMark = false;
          }
          continue;
        }
        Step step = (Step) o;
        if (pendingStart) {
          if (step.isGap() || step.lineEnd()) {
            throw error("a gap (~N) or $ cannot start the marked span", 0);
          }
          step = step.withMarks(true, false);
          pendingStart = false;
        }
        if (inMark) {
          markedSteps++;
        }
        steps.add(step);
      }
      return steps;
    }
  }
}
