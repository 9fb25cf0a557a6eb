package org.empathylint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.empathylint.FindingCategory.COLD_PHRASE;
import static org.empathylint.FindingCategory.MISSING_ACKNOWLEDGEMENT;
import static org.empathylint.cli.Scorer.Outcome.FN;
import static org.empathylint.cli.Scorer.Outcome.FP;
import static org.empathylint.cli.Scorer.Outcome.TP;

import java.util.List;
import org.empathylint.FindingCategory;
import org.junit.jupiter.api.Test;

class ScoreboardTest {

  private static Scorer.Mark mark(Scorer.Outcome outcome, FindingCategory category) {
    return new Scorer.Mark(outcome, category, null, null);
  }

  private static CorpusCase labelled(String language) {
    return new CorpusCase("x", language, null, "draft",
        List.of(new CorpusCase.Label(List.of(MISSING_ACKNOWLEDGEMENT), null, 1)));
  }

  private static CorpusCase clean(String language) {
    return new CorpusCase("x", language, null, "draft", List.of());
  }

  @Test
  void addsUpPerCategoryAndMicroAverages() {
    Scoreboard board = new Scoreboard();
    board.add(labelled("nl"), List.of(mark(TP, COLD_PHRASE), mark(TP, COLD_PHRASE), mark(FP, COLD_PHRASE),
        mark(FN, COLD_PHRASE), mark(TP, MISSING_ACKNOWLEDGEMENT)), true);
    board.add(labelled("da"), List.of(mark(FN, MISSING_ACKNOWLEDGEMENT)), false);

    assertThat(board.counts(COLD_PHRASE)).isEqualTo(new Scoreboard.Counts(2, 1, 1));
    assertThat(board.counts(COLD_PHRASE).precision()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(board.counts(COLD_PHRASE).recall()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(board.counts(COLD_PHRASE).f1()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(board.micro(null)).isEqualTo(new Scoreboard.Counts(3, 1, 2));
    assertThat(board.micro(FindingCategory.Scope.SPAN)).isEqualTo(new Scoreboard.Counts(2, 1, 1));
  }

  @Test
  void tableShowsDashesForUndefinedRatesAndCleanDraftsPerLanguage() {
    Scoreboard board = new Scoreboard();
    board.add(labelled("nl"), List.of(mark(TP, COLD_PHRASE), mark(FP, COLD_PHRASE)), true);
    board.add(clean("nl"), List.of(), false);
    board.add(clean("nl"), List.of(mark(FP, COLD_PHRASE)), true);
    board.add(clean("da"), List.of(), false);

    List<String> table = board.table();

    assertThat(table).hasSize(1 + 7 + 2 + 2);
    assertThat(table.get(0)).isEqualTo("category                    TP    FP    FN precision  recall     F1");
    assertThat(table.get(1)).isEqualTo("COLD_PHRASE                  1     2     0     0.333   1.000  0.500");
    assertThat(table.get(2)).isEqualTo("PROCESS_JARGON               0     0     0         -       -      -");
    assertThat(table.get(8)).startsWith("micro, all categories        1     2     0");
    assertThat(table.get(10)).isEqualTo("clean drafts with any finding (da): 0 of 1");
    assertThat(table.get(11)).isEqualTo("clean drafts with any finding (nl): 1 of 2");
  }
}
