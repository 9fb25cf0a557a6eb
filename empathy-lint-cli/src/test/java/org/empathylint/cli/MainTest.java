package org.empathylint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The language the command line preloads before picocli has parsed the options. */
class MainTest {

  @Test
  void readsTheLanguageOptionInBothSpellings() {
    assertThat(Main.languageArgument("check", "--lang", "da", "draft.txt")).contains("da");
    assertThat(Main.languageArgument("check", "draft.txt", "--lang=nl")).contains("nl");
  }

  @Test
  void findsNothingWithoutAValue() {
    assertThat(Main.languageArgument("check", "draft.txt")).isEmpty();
    assertThat(Main.languageArgument("check", "--lang")).isEmpty();
    assertThat(Main.languageArgument()).isEmpty();
  }
}
