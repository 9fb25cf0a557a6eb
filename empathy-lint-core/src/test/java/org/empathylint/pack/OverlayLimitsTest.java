package org.empathylint.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.empathylint.RulePackException;
import org.junit.jupiter.api.Test;

/**
 * Overlays that would make loading or matching explode, or the parser overflow its stack, are
 * refused at load time with the file, line and column.
 */
class OverlayLimitsTest {
  private static final RulePack EMPTY_PACK = new RulePack("da", Map.of(), List.of(), null, Set.of(), List.of(), Set.of());

  private static String overlayWithPhrase(String phrase) {
    return """
        category: PROCESS_JARGON
        rules:
          - id: ACME_X
            phrase: "%s"
            message: Skriv det enklere.
            examples:
              bad: ["Jeg har en <<ticket>>."]
        """.formatted(phrase);
  }

  private static RulePackException errorOf(String overlay) {
    return org.junit.jupiter.api.Assertions.assertThrows(RulePackException.class,
        () -> RulePackLoader.readOverlay("acme.yaml", new StringReader(overlay), EMPTY_PACK));
  }

  @Test
  void deeplyNestedGroupsAreAnErrorNotAStackOverflow() {
    RulePackException e = errorOf(overlayWithPhrase("(".repeat(20_000) + "ticket" + ")".repeat(20_000)));

    assertThat(e.getMessage()).startsWith("acme.yaml:4:13: phrase \"((((")
        .contains("more than 10 groups ( ) or [ ] inside each other (at character 11)");
  }

  @Test
  void aPhraseOfAHundredThousandWordsIsAnError() {
    RulePackException e = errorOf(overlayWithPhrase("ticket ".repeat(100_000).trim()));

    assertThat(e.getMessage()).startsWith("acme.yaml:4:13: phrase \"ticket ticket")
        .contains("longer than 500 words");
  }

  @Test
  void aLongWordSequenceIsAnError() {
    assertThat(errorOf(overlayWithPhrase("ticket ".repeat(41).trim())).getMessage())
        .startsWith("acme.yaml:4:13:").contains("longer than 40 words");
  }

  @Test
  void moreThanThreeGapsInOneSequenceAreAnError() {
    assertThat(errorOf(overlayWithPhrase("[ticket] ~9 a ~9 b ~9 c ~9 d")).getMessage())
        .startsWith("acme.yaml:4:13:").contains("more than 3 gaps (~N) in one word sequence");
    // Three are fine, and gaps in different alternatives are not added up.
    assertThat(RulePackLoader.readOverlay("acme.yaml",
        new StringReader(overlayWithPhrase("[ticket] ( ~9 a ~9 b ~9 c | ~9 d ~9 e ~9 f )")), EMPTY_PACK).entries())
        .hasSize(1);
  }

  /** An overlay of {@code count} entries, each with the phrase for its number (%d), five lines each from line 3. */
  private static String overlayOfEntries(int count, String phraseFormat) {
    StringBuilder overlay = new StringBuilder("category: PROCESS_JARGON\nrules:\n");
    for (int i = 0; i < count; i++) {
      overlay.append("""
            - id: ACME_X%d
              phrase: "%s"
              message: Skriv det enklere.
              examples:
                bad: ["Jeg har en <<ticket>>."]
          """.formatted(i, phraseFormat.formatted(i)));
    }
    return overlay.toString();
  }

  @Test
  void theWordSequencesOfAllPhrasesOfAnOverlayAreBounded() {
    // Each phrase spells out to 11 * 11 * 11 = 1,331 sequences; 16 of them pass 20,000.
    String group = "( a a | b b | c c | d d | e e | f f | g g | h h | i i | j j )?";
    String phrase = "[ticket%d] " + group + " x " + group + " y " + group + " z";

    // The 16th entry's phrase: line 3 + 15 entries of 5 lines + 1.
    assertThat(errorOf(overlayOfEntries(20, phrase)).getMessage())
        .startsWith("acme.yaml:79:13: the overlay's phrases spell out to more than 20000 word sequences in all");
  }

  @Test
  void theWaysAlongTheGapsOfAllPhrasesOfAnOverlayAreBounded() {
    // Each phrase: 1,000 ways along its three ~9 gaps from every word; 21 of them pass 20,000.
    String phrase = "* ~9 * ~9 * ~9 [ticket%d]";

    // The 21st entry's phrase: line 3 + 20 entries of 5 lines + 1.
    assertThat(errorOf(overlayOfEntries(21, phrase)).getMessage())
        .startsWith("acme.yaml:104:13: the overlay's gaps (~N) give more than 20000 ways to walk a sentence in all");
  }

  @Test
  void aKeyGivenTwiceIsAnErrorAtTheSecond() {
    String overlay = """
        category: PROCESS_JARGON
        rules:
          - id: ACME_X
            phrase: "[ticket]"
            message: Skriv det enklere.
            message: Noget andet.
            examples:
              bad: ["Jeg har en <<ticket>>."]
        """;

    assertThat(errorOf(overlay).getMessage())
        .isEqualTo("acme.yaml:6:5: the key 'message' is given twice in a rule");
  }

  @Test
  void deeplyNestedYamlIsAnErrorNotAStackOverflow() {
    RulePackException e = errorOf("rules: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n");

    assertThat(e.getMessage()).startsWith("acme.yaml:1:").contains("not valid YAML: Nesting Depth exceeded");
    assertThat(e.column()).hasValueSatisfying(column -> assertThat(column).isBetween(50, 60));
  }

  @Test
  void aCharacterYamlDoesNotAllowIsAnErrorAtItsLineAndColumn() {
    String overlay = overlayWithPhrase("[ticket]").replace("Skriv det enklere.", "Skriv \uDF94 enklere.");

    assertThat(errorOf(overlay).getMessage())
        .isEqualTo("acme.yaml:5:20: not valid YAML: the character U+DF94 is not allowed in a YAML file");
  }
}
