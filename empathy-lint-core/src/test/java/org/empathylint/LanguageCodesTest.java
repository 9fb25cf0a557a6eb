package org.empathylint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageCodesTest {

  @ParameterizedTest
  @CsvSource({"nl,nl", "nl-NL,nl", "nl-BE,nl", "NL-be,nl", "nl_BE,nl", " nl-nl ,nl", "da,da", "da-DK,da", "DA-dk,da",
      "da_DK,da", "de,de"})
  void acceptsThePacksCodesInAnyCase(String code, String pack) {
    assertThat(LanguageCodes.packLanguage(code)).contains(pack);
  }

  @ParameterizedTest
  @ValueSource(strings = {"nl-SR", "da-NL", "de-DE", "auto", "dutch", "nl-", "-NL", "", "nl-NL-x"})
  void refusesRegionsNoPackServesAndWhatIsNoCode(String code) {
    assertThat(LanguageCodes.packLanguage(code)).isEmpty();
  }

  @Test
  void theBuilderTakesEveryCodeOfAPackOnTheClasspath() {
    for (String code : new String[] {"da", "da-DK", "DA-dk", "da_DK"}) {
      assertThat(EmpathyLinter.builder(code).build().language()).isEqualTo("da");
    }
    assertThat(LanguageCodes.regionalCodes("nl")).containsExactly("nl-NL", "nl-BE");
    assertThatThrownBy(() -> EmpathyLinter.builder("da-SE").build()).isInstanceOf(UnsupportedLanguageException.class)
        .hasMessage("unknown language 'da-SE' (available: da, da-DK)");
    assertThatThrownBy(() -> EmpathyLinter.builder("nl-BE").build()).isInstanceOf(UnsupportedLanguageException.class)
        .hasMessage("unknown language 'nl-BE' (available: da, da-DK)");
  }
}
