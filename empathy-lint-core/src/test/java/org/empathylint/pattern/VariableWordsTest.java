package org.empathylint.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VariableWordsTest {
  @Test
  void fixedWordsAndChoicesDoNotVaryLemmasRegexesAndGapsDo() {
    assertThat(PhrasePattern.parse("[indien|ingeval]").flagsVariableWords()).isFalse();
    assertThat(PhrasePattern.parse("<dienen> [reeds]").flagsVariableWords()).as("outside the marked part").isFalse();
    assertThat(PhrasePattern.parse("[<dienen>]").flagsVariableWords()).isTrue();
    assertThat(PhrasePattern.parse("[/.*tickets?/]").flagsVariableWords()).isTrue();
    assertThat(PhrasePattern.parse("[dient ~3 te]").flagsVariableWords()).isTrue();
  }
}
