package org.empathylint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineIndexTest {

  @Test
  void firstLineStartsAtColumnOne() {
    LineIndex index = new LineIndex("Beste klant,\nHallo");
    assertThat(index.line(0)).isEqualTo(1);
    assertThat(index.column(0)).isEqualTo(1);
    assertThat(index.column(6)).isEqualTo(7);
  }

  @Test
  void countsLinesAfterEachNewline() {
    String text = "ab\n\ncd\nef";
    LineIndex index = new LineIndex(text);
    assertThat(index.line(text.indexOf('c'))).isEqualTo(3);
    assertThat(index.column(text.indexOf('d'))).isEqualTo(2);
    assertThat(index.line(text.indexOf('f'))).isEqualTo(4);
    assertThat(index.column(text.indexOf('f'))).isEqualTo(2);
  }

  @Test
  void theNewlineItselfBelongsToTheLineItEnds() {
    LineIndex index = new LineIndex("ab\ncd");
    assertThat(index.line(2)).isEqualTo(1);
    assertThat(index.column(2)).isEqualTo(3);
  }

  @Test
  void windowsAndOldMacLineEndsCountOnce() {
    String text = "ab\r\ncd\ref";
    LineIndex index = new LineIndex(text);
    assertThat(index.line(text.indexOf('c'))).isEqualTo(2);
    assertThat(index.column(text.indexOf('c'))).isEqualTo(1);
    assertThat(index.line(text.indexOf('f'))).isEqualTo(3);
    assertThat(index.column(text.indexOf('f'))).isEqualTo(2);
  }

  @Test
  void offsetAtTheEndOfTheTextIsOnTheLastLine() {
    LineIndex index = new LineIndex("ab\ncd\n");
    assertThat(index.line(6)).isEqualTo(3);
    assertThat(index.column(6)).isEqualTo(1);
  }
}
