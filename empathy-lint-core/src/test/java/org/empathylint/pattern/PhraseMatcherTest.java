package org.empathylint.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;

/** The trie on real LanguageTool analysis (Danish: its data loads in about a second). */
class PhraseMatcherTest {
  private static JLanguageTool analyzer;

  @BeforeAll
  static void loadLanguageTool() {
    analyzer = new JLanguageTool(Languages.getLanguageForShortCode("da"), List.of(), null, null, null, null,
        false, true, new ArrayList<Rule>());
  }

  /** Every match as "payload:flagged words". */
  private static List<String> find(String text, String... patternsAndPayloads) throws IOException {
    PhraseMatcher.Builder<String> builder = PhraseMatcher.builder();
    for (int i = 0; i < patternsAndPayloads.length; i += 2) {
      builder.add(PhrasePattern.parse(patternsAndPayloads[i]), patternsAndPayloads[i + 1]);
    }
    PhraseMatcher<String> matcher = builder.build();
    List<String> found = new ArrayList<>();
    for (AnalyzedSentence sentence : analyzer.analyzeText(text)) {
      AnalyzedTokenReadings[] tokens = sentence.getTokensWithoutWhitespace();
      for (PhraseMatcher.Match<String> m : matcher.match(sentence)) {
        String flagged = sentence.getText().substring(tokens[m.firstMarked()].getStartPos(),
            tokens[m.lastMarked()].getEndPos());
        found.add(m.payload() + ":" + flagged);
      }
    }
    return found;
  }

  @Test
  void matchesWordFormsInAnyCase() throws IOException {
    assertThat(find("VI BEKLAGER ulejligheden.", "vi beklager ulejligheden", "A"))
        .containsExactly("A:VI BEKLAGER ulejligheden");
  }

  @Test
  void matchesLemmasOfTheTagger() throws IOException {
    assertThat(find("Sagen er eskaleret, og vi eskalerer den igen.", "<eskalere>", "E"))
        .containsExactly("E:eskaleret", "E:eskalerer");
  }

  @Test
  void matchesPartOfSpeechTagsByPrefix() throws IOException {
    // Danish tagger: "fjernvarmen" is a noun (sub:…), "afregnet" a verb (ver:…), "efter" no noun.
    assertThat(find("Vi har afregnet fjernvarmen udelukkende efter forbrug.", "[udelukkende] @sub", "N",
        "@ver [fjernvarmen]", "V", "[udelukkende] @ver", "X"))
        .containsExactly("V:fjernvarmen");
    assertThat(find("Vi har afregnet fjernvarmen udelukkende efter forbrug.", "[udelukkende] !@sub", "M"))
        .containsExactly("M:udelukkende");
  }

  @Test
  void matchesRegexesOptionalWordsAndGaps() throws IOException {
    assertThat(find("Vi har nu modtaget din mail.", "vi har ~2 modtaget din /mail|henvendelse/", "G"))
        .containsExactly("G:Vi har nu modtaget din mail");
    assertThat(find("Vi har modtaget din mail.", "vi har (nu)? modtaget [din mail]", "O"))
        .containsExactly("O:din mail");
  }

  @Test
  void sharesPrefixesBetweenPatterns() throws IOException {
    assertThat(find("Vi beklager ulejligheden og de eventuelle gener.",
        "vi beklager ulejligheden", "U", "vi beklager", "B", "eventuelle gener", "G"))
        .containsExactlyInAnyOrder("U:Vi beklager ulejligheden", "B:Vi beklager", "G:eventuelle gener");
  }

  @Test
  void anchorsAtSentenceStartAndLineEnd() throws IOException {
    assertThat(find("Kære kunde\n\nKære kunde er ikke her.", "^ kære kunde $", "S"))
        .containsExactly("S:Kære kunde");
    assertThat(find("Jeg siger kære kunde til dig.", "^ kære kunde", "S")).isEmpty();
  }

  @Test
  void exactFormsKeepTheirCapitals() throws IOException {
    assertThat(find("Kan De sende det? Det kan de godt.", "kan [=De]", "F")).containsExactly("F:De");
  }

  @Test
  void negatedStepsRejectTheListedWords() throws IOException {
    assertThat(find("Det kan vi ikke. Det kan vi godt.", "det kan vi !ikke", "N"))
        .containsExactly("N:Det kan vi godt");
  }

  @Test
  void aRegexThatWouldBacktrackForeverMatchesInLinearTime() {
    // java.util.regex needs about 2^25 steps for this word; RE2J's automaton reads it once.
    String word = "a".repeat(45) + "b";
    List<String> found = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
        () -> find("Her er " + word + " og aaa.", "/(.*a){25}/", "R", "/(a|aa)+b/", "S"));
    assertThat(found).containsExactly("S:" + word);
  }

  @Test
  void lookaroundAndBackreferencesAreRefusedAtParseTime() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PhrasePattern.parse("/(a)\\1/"))
        .isInstanceOf(PatternSyntaxException.class)
        .hasMessageContaining("lookaround and backreferences are not supported");
  }
}
