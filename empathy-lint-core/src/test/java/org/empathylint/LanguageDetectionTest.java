package org.empathylint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Dutch or Danish from the text alone, with a confidence; nothing from a text without letters. */
class LanguageDetectionTest {
  private final LanguageDetection detection = new LanguageDetection(List.of("nl", "da"));

  @Test
  void tellsDutchFromDanishInAReply() {
    assertThat(detection.detect("Beste klant,\n\nUw ticket is doorgezet naar de betreffende afdeling.\n"))
        .hasValueSatisfying(r -> {
          assertThat(r.language()).isEqualTo("nl");
          assertThat(r.confidence()).isGreaterThan(0.9).isLessThanOrEqualTo(1.0);
        });
    assertThat(detection.detect("Kære kunde\n\nDin sag er eskaleret til den relevante afdeling.\n"))
        .hasValueSatisfying(r -> assertThat(r.language()).isEqualTo("da"));
  }

  @Test
  void answersOnlyAmongItsLanguagesAndNothingWithoutLetters() {
    assertThat(detection.detect("Thank you for your message, we will get back to you soon."))
        .hasValueSatisfying(r -> assertThat(r.language()).isIn("nl", "da"));
    assertThat(detection.detect("12345 -- 678")).isEmpty();
  }

  @Test
  void readsOnlyTheStartOfALongText() {
    // Dutch for the first thousand characters, Danish for the forty thousand after them.
    String text = "Uw melding is in behandeling genomen. ".repeat(30) + "Din sag er eskaleret. ".repeat(2_000);
    assertThat(text.indexOf("Din sag")).isGreaterThan(LanguageDetection.MAX_CHARS);
    assertThat(detection.detect(text)).hasValueSatisfying(r -> assertThat(r.language()).isEqualTo("nl"));
  }

  @Test
  void aLanguageWithoutAProfileIsRefusedAndNoLanguagesDetectNothing() {
    assertThatThrownBy(() -> new LanguageDetection(List.of("nl", "xx")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no language detection profile");
    assertThat(new LanguageDetection(List.of()).detect("Din sag er eskaleret.")).isEmpty();
  }
}
