package org.empathylint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.empathylint.EmpathyLinter;
import org.empathylint.engine.OverlayChecks;
import org.empathylint.pack.Overlay;
import org.empathylint.pack.RulePack;
import org.junit.jupiter.api.Test;
import org.languagetool.Languages;

/**
 * The packs' own lemmas pass the check an overlay's lemmas get: it warns of no lemma the packs
 * rely on (their examples prove those match), so an overlay warning means a lemma the tagger does
 * not know.
 */
class AllPackLemmasTest {

  @Test
  void theCheckForUnknownLemmasPassesEveryLemmaOfThePacks() {
    long lemmas = 0;
    for (String language : EmpathyLinter.availableLanguages()) {
      RulePack pack = SharedLinters.get(language).rulePack();
      Overlay asOverlay = new Overlay(language, pack.entries(), Set.of(), Map.of(), Map.of(),
          pack.acknowledgement().orElse(null), List.of());
      assertThat(OverlayChecks.unknownLemmas(Languages.getLanguageForShortCode(language), asOverlay))
          .as(language).isEmpty();
      lemmas += pack.entries().stream().flatMap(e -> e.phrase().lemmas().stream()).distinct().count();
    }
    assertThat(lemmas).as("lemmas in the packs' phrases").isGreaterThan(20);
  }
}
