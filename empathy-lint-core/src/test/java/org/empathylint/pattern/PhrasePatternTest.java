package org.empathylint.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhrasePatternTest {

  private static List<String> variants(String pattern) {
    return PhrasePattern.parse(pattern).variants().stream().map(Object::toString).toList();
  }

  @Test
  void spellsOutOptionalWordsAndGroups() {
    assertThat(variants("in goede orde (door ons)? ontvangen")).containsExactly(
        "[in, goede, orde, door, ons, ontvangen]",
        "[in, goede, orde, ontvangen]");
  }

  @Test
  void keepsTokenAlternativesInOneStepAndSequenceAlternativesApart() {
    assertThat(variants("wij|we (hebben ontvangen | ontvingen)")).containsExactly(
        "[wij|we, hebben, ontvangen]",
        "[wij|we, ontvingen]");
  }

  @Test
  void oneWordChoicesOfAGroupBecomeOneStep() {
    assertThat(variants("( bellen | mailen | contact opnemen ) met")).containsExactly(
        "[bellen|mailen, met]", "[contact, opnemen, met]");
    assertThat(variants("( <bellen> | gebeld )? nu")).containsExactly("[<bellen>|gebeld, nu]", "[nu]");
    assertThat(variants("( /bel.*/ | mail ) nu")).containsExactly("[/bel.*/|mail, nu]");
  }

  @Test
  void oneWordChoicesStayApartWhenMergingWouldMakeThemSlower() {
    // a lemma and a regex in one step could no longer be looked up nor decided by the form alone
    assertThat(variants("( <bellen> | /mail.*/ ) nu")).containsExactly("[<bellen>, nu]", "[/mail.*/, nu]");
    assertThat(variants("( !niet | wel ) nu")).containsExactly("[!niet, nu]", "[wel, nu]");
  }

  @Test
  void readsLemmasRegexesGapsNegationAndAnchors() {
    PhrasePattern pattern = PhrasePattern.parse("^ <escaleren> ~2 /eskal(er|ere)/ !niet $");
    assertThat(pattern.anchored()).isTrue();
    assertThat(pattern.variants()).hasSize(1);
    assertThat(pattern.variants().get(0).toString()).isEqualTo("[<escaleren>, ~2, /eskal(er|ere)/, !niet, $]");
  }

  @Test
  void marksTheFlaggedSpanOnItsFirstAndLastStep() {
    List<Step> steps = PhrasePattern.parse("wij [hebben ontvangen] dit").variants().get(0);
    assertThat(steps.get(1).markStart()).isTrue();
    assertThat(steps.get(1).markEnd()).isFalse();
    assertThat(steps.get(2).markEnd()).isTrue();
    assertThat(steps.get(0).markStart() || steps.get(3).markEnd()).isFalse();
  }

  @Test
  void anAtSignTestsAPartOfSpeechTag() {
    PhrasePattern p = PhrasePattern.parse("[tijdig] @ZNW|@BNW");
    assertThat(p.variants()).hasSize(1);
    assertThat(p.variants().get(0).get(1).tests())
        .containsExactly(new TokenTest(TokenTest.Kind.TAG, "ZNW"), new TokenTest(TokenTest.Kind.TAG, "BNW"));
    assertThat(p.variants().get(0).toString()).isEqualTo("[[tijdig], @ZNW|@BNW]");
  }

  @Test
  void anEqualsSignKeepsTheCapitals() {
    assertThat(variants("=De =I du")).containsExactly("[=De, =I, du]");
  }

  @Test
  void aGroupMustSayWhetherBarsJoinWordsOrSequences() {
    assertThatThrownBy(() -> PhrasePattern.parse("(contact opnemen|bellen)")).hasMessageContaining("ambiguous group");
    assertThat(variants("( contact opnemen | bellen )")).containsExactly("[contact, opnemen]", "[bellen]");
    assertThat(variants("( contact (opnemen|zoeken) )")).containsExactly("[contact, opnemen|zoeken]");
    assertThat(variants("contact opnemen|zoeken")).containsExactly("[contact, opnemen|zoeken]");
  }

  @Test
  void aLoneSlashIsAWord() {
    assertThat(variants("heer / mevrouw")).containsExactly("[heer, /, mevrouw]");
  }

  @Test
  void lowerCasesWordForms() {
    assertThat(PhrasePattern.parse("Geachte Klant").literalForms()).containsExactly("geachte", "klant");
  }

  @Test
  void rejectsPatternsThatCannotMatchWithThePosition() {
    assertThatThrownBy(() -> PhrasePattern.parse("(wij hebben")).hasMessageContaining("never closed");
    assertThatThrownBy(() -> PhrasePattern.parse("wij?")).hasMessageContaining("match nothing");
    assertThatThrownBy(() -> PhrasePattern.parse("~2 wij")).hasMessageContaining("begin or end with a gap");
    assertThatThrownBy(() -> PhrasePattern.parse("/Wij/")).hasMessageContaining("lower-case");
    assertThatThrownBy(() -> PhrasePattern.parse("wij /(ab/")).hasMessageContaining("bad regular expression");
    assertThatThrownBy(() -> PhrasePattern.parse("a | b")).hasMessageContaining("only allowed inside");
    assertThatThrownBy(() -> PhrasePattern.parse("[a?] b")).hasMessageContaining("can be empty");
    assertThatThrownBy(() -> PhrasePattern.parse("a ~0 b")).hasMessageContaining("between ~1");
    PatternSyntaxException e = org.junit.jupiter.api.Assertions.assertThrows(PatternSyntaxException.class,
        () -> PhrasePattern.parse("wij <hebben"));
    assertThat(e.position()).isEqualTo(4);
  }

  @Test
  void lineEndIsNoWordAlternative() {
    assertThatThrownBy(() -> PhrasePattern.parse("beleid $|:"))
        .isInstanceOf(PatternSyntaxException.class)
        .hasMessageContaining("'$' cannot be one of a word's alternatives");
    assertThat(variants("beleid $")).hasSize(1);
  }
}
