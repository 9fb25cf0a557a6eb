package org.empathylint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.empathylint.FindingCategory.COLD_PHRASE;
import static org.empathylint.FindingCategory.FORMAL_WORDING;
import static org.empathylint.FindingCategory.MISSING_ACKNOWLEDGEMENT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {
  @TempDir
  Path dir;

  @Test
  void readsCasesLabelsCategoryListsAndOccurrences() throws IOException {
    Path file = Files.writeString(dir.resolve("c.yaml"), """
        - id: nl-1
          lang: nl
          customer: |
            Mijn pakket is kwijt.
          draft: |
            Geachte klant,
            Indien u vragen heeft, indien nodig.
          expect:
            - category: FORMAL_WORDING
              text: "indien"
              occurrence: 2
            - category: [COLD_PHRASE, FORMAL_WORDING]
              text: "Geachte klant"
            - category: MISSING_ACKNOWLEDGEMENT
        - id: nl-2
          lang: nl
          draft: Hoi Sem, bedankt!
          expect: []
        """);

    CorpusReader.Corpus corpus = CorpusReader.read(file);

    assertThat(corpus.problems()).isEmpty();
    assertThat(corpus.cases()).hasSize(2);
    CorpusCase first = corpus.cases().get(0);
    assertThat(first.id()).isEqualTo("nl-1");
    assertThat(first.customer()).isEqualTo("Mijn pakket is kwijt.\n");
    assertThat(first.draft()).isEqualTo("Geachte klant,\nIndien u vragen heeft, indien nodig.\n");
    assertThat(first.labels()).containsExactly(
        new CorpusCase.Label(List.of(FORMAL_WORDING), "indien", 2),
        new CorpusCase.Label(List.of(COLD_PHRASE, FORMAL_WORDING), "Geachte klant", 1),
        new CorpusCase.Label(List.of(MISSING_ACKNOWLEDGEMENT), null, 1));
    assertThat(corpus.cases().get(1).isClean()).isTrue();
    assertThat(corpus.cases().get(1).customer()).isNull();
  }

  @Test
  void aBrokenCaseIsReportedAndLeftOut() throws IOException {
    Path file = Files.writeString(dir.resolve("c.yaml"), """
        - id: bad-category
          lang: nl
          draft: Hallo
          expect:
            - category: COLD
              text: Hallo
        - id: no-text
          lang: nl
          draft: Hallo
          expect:
            - category: COLD_PHRASE
        - id: good
          lang: da
          draft: Hej
          expect: []
        - lang: da
          draft: Hej
        """);

    CorpusReader.Corpus corpus = CorpusReader.read(file);

    assertThat(corpus.cases()).extracting(CorpusCase::id).containsExactly("good");
    assertThat(corpus.problems()).containsExactly(
        file + ": case bad-category: unknown category 'COLD'",
        file + ": case no-text: COLD_PHRASE label needs a 'text'",
        file + ": case 4: missing 'id'");
  }

  @Test
  void aFileThatIsNotAYamlListCannotBeUsed() throws IOException {
    Path notAList = Files.writeString(dir.resolve("a.yaml"), "id: x\n");
    Path broken = Files.writeString(dir.resolve("b.yaml"), "- id: [x\n");

    assertThatThrownBy(() -> CorpusReader.read(notAList))
        .isInstanceOfSatisfying(CliException.class, e -> assertThat(e.exitCode()).isEqualTo(3))
        .hasMessageContaining("expected a YAML list of cases");
    assertThatThrownBy(() -> CorpusReader.read(broken))
        .isInstanceOfSatisfying(CliException.class, e -> assertThat(e.exitCode()).isEqualTo(3))
        .hasMessageContaining("b.yaml");
    assertThatThrownBy(() -> CorpusReader.read(dir.resolve("none.yaml")))
        .hasMessageEndingWith("none.yaml: no such file");
  }
}
