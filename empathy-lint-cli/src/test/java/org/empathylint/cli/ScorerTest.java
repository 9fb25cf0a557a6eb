package org.empathylint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.empathylint.FindingCategory.COLD_PHRASE;
import static org.empathylint.FindingCategory.FORMAL_WORDING;
import static org.empathylint.FindingCategory.LATE_ACKNOWLEDGEMENT;
import static org.empathylint.FindingCategory.MISSING_ACKNOWLEDGEMENT;
import static org.empathylint.FindingCategory.PROCESS_JARGON;
import static org.empathylint.cli.FakeChecker.finding;
import static org.empathylint.cli.Scorer.Outcome.FN;
import static org.empathylint.cli.Scorer.Outcome.FP;
import static org.empathylint.cli.Scorer.Outcome.TP;

import java.util.List;
import org.empathylint.Finding;
import org.empathylint.FindingCategory;
import org.junit.jupiter.api.Test;

class ScorerTest {
  private static final String DRAFT =
      "Wij hebben uw e-mail ontvangen. Indien nodig bellen wij. Indien u wilt, uw ticket is gesloten.";

  private static CorpusCase.Label span(String text, FindingCategory... categories) {
    return new CorpusCase.Label(List.of(categories), text, 1);
  }

  private static CorpusCase.Label draftLevel(FindingCategory... categories) {
    return new CorpusCase.Label(List.of(categories), null, 1);
  }

  private static CorpusCase caseOf(List<CorpusCase.Label> labels) {
    return new CorpusCase("c1", "nl", null, DRAFT, labels);
  }

  private static Finding at(FindingCategory category, String text, int occurrence) {
    int offset = -1;
    for (int i = 0; i < occurrence; i++) {
      offset = DRAFT.indexOf(text, offset + 1);
    }
    return finding(category, offset, text.length());
  }

  @Test
  void overlappingFindingOfTheLabelsCategoryIsATruePositive() {
    List<Scorer.Mark> marks = Scorer.score(caseOf(List.of(span("uw e-mail ontvangen", COLD_PHRASE))),
        List.of(at(COLD_PHRASE, "hebben uw e-mail", 1)));

    assertThat(marks).containsExactly(new Scorer.Mark(TP, COLD_PHRASE, "uw e-mail ontvangen", "FAKE_COLD_PHRASE"));
  }

  @Test
  void wrongCategoryOrNoOverlapIsBothAFalsePositiveAndAFalseNegative() {
    List<Scorer.Mark> marks = Scorer.score(caseOf(List.of(span("uw e-mail ontvangen", COLD_PHRASE))), List.of(
        at(PROCESS_JARGON, "uw e-mail", 1),
        at(COLD_PHRASE, "Wij hebben", 1)));   // ends right before the label: touching is not overlapping

    assertThat(marks).containsExactly(
        new Scorer.Mark(FN, COLD_PHRASE, "uw e-mail ontvangen", null),
        new Scorer.Mark(FP, PROCESS_JARGON, "uw e-mail", "FAKE_PROCESS_JARGON"),
        new Scorer.Mark(FP, COLD_PHRASE, "Wij hebben", "FAKE_COLD_PHRASE"));
  }

  @Test
  void aCategoryListLabelAcceptsAnyOfItsCategories() {
    CorpusCase c = caseOf(List.of(span("uw ticket", COLD_PHRASE, PROCESS_JARGON)));

    assertThat(Scorer.score(c, List.of(at(PROCESS_JARGON, "ticket", 1))))
        .containsExactly(new Scorer.Mark(TP, PROCESS_JARGON, "uw ticket", "FAKE_PROCESS_JARGON"));
    assertThat(Scorer.score(c, List.of()))
        .containsExactly(new Scorer.Mark(FN, COLD_PHRASE, "uw ticket", null));
  }

  @Test
  void occurrenceTwoPointsAtTheSecondPlaceTheTextIsFound() {
    CorpusCase c = caseOf(List.of(new CorpusCase.Label(List.of(FORMAL_WORDING), "Indien", 2)));

    assertThat(Scorer.score(c, List.of(at(FORMAL_WORDING, "Indien", 2))))
        .extracting(Scorer.Mark::outcome).containsExactly(TP);
    assertThat(Scorer.score(c, List.of(at(FORMAL_WORDING, "Indien", 1))))
        .extracting(Scorer.Mark::outcome).containsExactly(FN, FP);
  }

  @Test
  void twoFindingsOnOneLabelGiveOneTruePositiveAndNoFalsePositive() {
    List<Scorer.Mark> marks = Scorer.score(caseOf(List.of(span("uw e-mail ontvangen", COLD_PHRASE))), List.of(
        at(COLD_PHRASE, "uw e-mail", 1), at(COLD_PHRASE, "ontvangen", 1)));

    assertThat(marks).extracting(Scorer.Mark::outcome).containsExactly(TP);
  }

  @Test
  void oneFindingOverTwoLabelsMatchesBoth() {
    List<Scorer.Mark> marks = Scorer.score(
        caseOf(List.of(span("Wij hebben", COLD_PHRASE), span("e-mail ontvangen", COLD_PHRASE))),
        List.of(at(COLD_PHRASE, "Wij hebben uw e-mail ontvangen", 1)));

    assertThat(marks).extracting(Scorer.Mark::outcome).containsExactly(TP, TP);
  }

  @Test
  void draftLevelCategoriesCountOncePerDraft() {
    Finding missing = finding(MISSING_ACKNOWLEDGEMENT, 0, 0);
    Finding late = finding(LATE_ACKNOWLEDGEMENT, 0, 3);

    assertThat(Scorer.score(caseOf(List.of(draftLevel(MISSING_ACKNOWLEDGEMENT))), List.of(missing, missing)))
        .containsExactly(new Scorer.Mark(TP, MISSING_ACKNOWLEDGEMENT, null, "FAKE_MISSING_ACKNOWLEDGEMENT"));
    assertThat(Scorer.score(caseOf(List.of()), List.of(late, late)))
        .containsExactly(new Scorer.Mark(FP, LATE_ACKNOWLEDGEMENT, "Wij", "FAKE_LATE_ACKNOWLEDGEMENT"));
    assertThat(Scorer.score(caseOf(List.of(draftLevel(LATE_ACKNOWLEDGEMENT))), List.of(missing)))
        .containsExactly(
            new Scorer.Mark(FN, LATE_ACKNOWLEDGEMENT, null, null),
            new Scorer.Mark(FP, MISSING_ACKNOWLEDGEMENT, "", "FAKE_MISSING_ACKNOWLEDGEMENT"));
  }

  @Test
  void aLabelTextThatIsNotInTheDraftMakesTheCaseUnscorable() {
    assertThatThrownBy(() -> Scorer.score(caseOf(List.of(span("uw pakket", COLD_PHRASE))), List.of()))
        .isInstanceOf(Scorer.UnscorableCase.class)
        .hasMessage("label text \"uw pakket\" not found in the draft");
    CorpusCase third = caseOf(List.of(new CorpusCase.Label(List.of(FORMAL_WORDING), "Indien", 3)));
    assertThatThrownBy(() -> Scorer.score(third, List.of()))
        .hasMessage("label text \"Indien\" (occurrence 3) not found in the draft");
  }
}
