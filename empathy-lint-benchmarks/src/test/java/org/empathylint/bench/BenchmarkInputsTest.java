package org.empathylint.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.empathylint.Draft;
import org.empathylint.EmpathyLinter;
import org.junit.jupiter.api.Test;

/** The benchmark setup works; no benchmark runs here (bench/run.sh runs them). Danish only: it loads fast. */
class BenchmarkInputsTest {
  @Test
  void sizedDraftsAreCloseToTheirSizeAndKeepSalutationAndClosing() {
    for (String lang : new String[] {"nl", "da"}) {
      assertThat(Drafts.draft(lang).split("\\s+")).hasSizeBetween(180, 220);
      for (String size : new String[] {"1k", "10k", "100k"}) {
        int target = Integer.parseInt(size.replace("k", "")) * 1024;
        String text = Drafts.ofSize(lang, size);
        assertThat(Drafts.bytes(text)).as(lang + " " + size).isBetween(target * 6 / 10, target);
        assertThat(text).startsWith(Drafts.draft(lang).substring(0, 10));
        assertThat(text).endsWith(Drafts.draft(lang).substring(Drafts.draft(lang).length() - 20));
      }
    }
  }

  @Test
  void theCheckersTheBenchmarksCompareRunOnTheDanishDraft() throws Exception {
    String text = Drafts.draft("da");
    assertThat(EmpathyLinter.builder("da").build().check(Draft.of(text, Drafts.customer("da"))).findings())
        .isNotEmpty();
    assertThat(LanguageTools.analysisOnly("da").check(text)).isEmpty();
    assertThat(LanguageTools.analysisOnly("da").analyzeText(text)).hasSizeGreaterThan(5);
  }
}
