package org.empathylint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.empathylint.FindingCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  @TempDir
  Path dir;

  private final FakeChecker checker = new FakeChecker(Map.of(
      "Geachte klant", FindingCategory.IMPERSONAL_ADDRESS,
      "ticket", FindingCategory.PROCESS_JARGON,
      "Indien", FindingCategory.FORMAL_WORDING),
      draft -> draft.text().contains("Bedankt") ? List.of()
          : List.of(FakeChecker.finding(FindingCategory.MISSING_ACKNOWLEDGEMENT, 0, 0)));

  private Path corpus() throws IOException {
    return Files.writeString(dir.resolve("corpus.yaml"), """
        - id: t-1
          lang: nl
          draft: "Geachte klant, uw ticket is gesloten."
          expect:
            - category: IMPERSONAL_ADDRESS
              text: "Geachte klant"
            - category: COLD_PHRASE
              text: "is gesloten"
            - category: MISSING_ACKNOWLEDGEMENT
        - id: t-2
          lang: nl
          draft: "Bedankt! Indien nodig bel ik."
          expect: []
        - id: t-3
          lang: da
          draft: "Bedankt, hej."
          expect: []
        - id: t-4
          lang: nl
          draft: "Bedankt."
          expect:
            - category: COLD_PHRASE
              text: "niet hier"
        """);
  }

  @Test
  void printsTheSummaryTableAsTheLastLines() throws IOException {
    CliRun run = CliRun.run(checker, "", "eval", corpus().toString());

    assertThat(run.exitCode).isZero();
    List<String> lines = run.out.lines().toList();
    assertThat(lines.get(0)).isEqualTo("error: case t-4: label text \"niet hier\" not found in the draft");
    List<String> summary = lines.subList(lines.size() - 13, lines.size());
    assertThat(summary.get(0)).isEqualTo("3 cases scored, 1 left out");
    assertThat(summary).contains(
        "COLD_PHRASE                  0     0     1         -   0.000      -",
        "PROCESS_JARGON               0     1     0     0.000       -      -",
        "FORMAL_WORDING               0     1     0     0.000       -      -",
        "IMPERSONAL_ADDRESS           1     0     0     1.000   1.000  1.000",
        "MISSING_ACKNOWLEDGEMENT      1     0     0     1.000   1.000  1.000",
        "micro, all categories        2     2     1     0.500   0.667  0.571",
        "micro, span categories       1     2     1     0.333   0.500  0.400",
        "clean drafts with any finding (da): 0 of 1",
        "clean drafts with any finding (nl): 1 of 1");
    assertThat(lines).hasSize(14);
  }

  @Test
  void verboseListsFalsePositivesAndNegativesFirst() throws IOException {
    CliRun run = CliRun.run(checker, "", "eval", "--verbose", corpus().toString());

    assertThat(run.out.lines().toList()).containsSubsequence(
        "FN  t-1  COLD_PHRASE  \"is gesloten\"",
        "FP  t-1  PROCESS_JARGON  \"ticket\"  FAKE_PROCESS_JARGON",
        "FP  t-2  FORMAL_WORDING  \"Indien\"  FAKE_FORMAL_WORDING",
        "3 cases scored, 1 left out");
  }

  @Test
  void missingCorpusFileIsExitThree() {
    CliRun run = CliRun.run(checker, "", "eval", dir.resolve("none.yaml").toString());
    assertThat(run.exitCode).isEqualTo(3);
    assertThat(run.err).endsWith("none.yaml: no such file\n");
  }

  @Test
  void needsAtLeastOneCorpus() {
    assertThat(CliRun.run(checker, "", "eval").exitCode).isEqualTo(2);
  }
}
