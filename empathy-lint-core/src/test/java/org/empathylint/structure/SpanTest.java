package org.empathylint.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {

  @Test
  void measuresAndCutsText() {
    Span span = new Span(4, 8);

    assertThat(span.length()).isEqualTo(4);
    assertThat(span.isEmpty()).isFalse();
    assertThat(span.of("Hoi Daan,")).isEqualTo("Daan");
  }

  @Test
  void containsIsHalfOpen() {
    Span span = new Span(4, 8);

    assertThat(span.contains(3)).isFalse();
    assertThat(span.contains(4)).isTrue();
    assertThat(span.contains(7)).isTrue();
    assertThat(span.contains(8)).isFalse();
  }

  @Test
  void emptySpanContainsNothing() {
    Span span = new Span(5, 5);

    assertThat(span.isEmpty()).isTrue();
    assertThat(span.length()).isZero();
    assertThat(span.contains(5)).isFalse();
    assertThat(span.of("Hallo wereld")).isEmpty();
  }

  @Test
  void rejectsInvertedOrNegativeRanges() {
    assertThatThrownBy(() -> new Span(3, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Span(-1, 2)).isInstanceOf(IllegalArgumentException.class);
  }
}
