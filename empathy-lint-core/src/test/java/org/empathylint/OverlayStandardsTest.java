package org.empathylint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Overlays are held to the packs' standard when a linter is built: each mistake is an error or a warning. */
class OverlayStandardsTest {
  private static final String BACKOFFICE = """
      language: da
      category: PROCESS_JARGON
      rules:
        - id: ACME_BACKOFFICE
          phrase: "[backoffice]"
          message: "'{flagged}' siger kunden ikke noget."
          suggestions: [en kollega]
          examples:
            bad: ["Jeg har spurgt vores <<backoffice>>."]
            good: ["Jeg har spurgt min kollega Sanne."]
      """;
  private static final String DRAFT = "Hej Bo\n\nTak for din mail. Jeg har spurgt vores backoffice.\n";

  private static RulePackException refused(String name, String yaml) {
    try {
      EmpathyLinter.builder("da").overlay(name, yaml).build();
    } catch (RulePackException e) {
      return e;
    }
    throw new AssertionError("the overlay was accepted");
  }

  private static List<String> warnings(String yaml) {
    return EmpathyLinter.builder("da").overlay("acme", yaml).build().warnings().stream()
        .map(RulePackWarning::toString).toList();
  }

  @Test
  void aGoodOverlayLoadsFromAStringAReaderAStreamAndAFileAlike(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("acme.yaml"), BACKOFFICE);
    List<EmpathyLinter> linters = List.of(
        EmpathyLinter.builder("da").overlay("acme", BACKOFFICE).build(),
        EmpathyLinter.builder("da").overlay("acme", new StringReader(BACKOFFICE)).build(),
        EmpathyLinter.builder("da").overlay("acme",
            new ByteArrayInputStream(BACKOFFICE.getBytes(StandardCharsets.UTF_8))).build(),
        EmpathyLinter.builder("da").overlay(file).build());
    for (EmpathyLinter linter : linters) {
      assertThat(linter.warnings()).isEmpty();
      assertThat(linter.check(Draft.of(DRAFT)).findings()).extracting(Finding::ruleId).contains("ACME_BACKOFFICE");
    }
  }

  @Test
  void aStreamThatIsNotUtf8IsRefusedByName() {
    byte[] latin1 = "rules: [{id: ACME_Ø}]".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> EmpathyLinter.builder("da").overlay("acme", new ByteArrayInputStream(latin1)))
        .isInstanceOf(RulePackException.class).hasMessage("acme: is not UTF-8 text");
  }

  @Test
  void aBadExampleTheEntryDoesNotFlagIsAnError() {
    assertThat(refused("acme", BACKOFFICE.replace("vores <<backoffice>>", "<<vores>> backoffice")).getMessage())
        .isEqualTo("acme:9:13: example does not hold: ACME_BACKOFFICE flags: Jeg har spurgt vores backoffice.:"
            + " expected ACME_BACKOFFICE at \"vores\" but it flagged \"backoffice\"");
  }

  @Test
  void aGoodExampleTheEntryFlagsIsAnError() {
    RulePackException e = refused("acme", BACKOFFICE.replace("min kollega Sanne", "vores backoffice igen"));
    assertThat(e.getMessage()).isEqualTo("acme:10:14: example does not hold: ACME_BACKOFFICE leaves alone:"
        + " Jeg har spurgt vores backoffice igen.: expected no ACME_BACKOFFICE but it flagged \"backoffice\"");
    assertThat(e.file()).isEqualTo("acme");
    assertThat(e.line()).contains(10);
  }

  @Test
  void aWordListExampleThatIsNotFoundIsAnError() {
    String thanks = """
        thanks:
          - id: ACME_THANKS
            phrase: "tak for (din|jeres) ( mail | besked )"
            examples:
              matches: ["%s"]
        """;
    assertThat(EmpathyLinter.builder("da").overlay("acme", thanks.formatted("<<Tak for din besked>>.")).build()
        .warnings()).isEmpty();
    assertThat(refused("acme", thanks.formatted("<<Tak for dit brev>>.")).getMessage())
        .isEqualTo("acme:5:17: example does not hold: ACME_THANKS finds: Tak for dit brev.:"
            + " expected ACME_THANKS to find \"Tak for dit brev\" but it found nothing");
  }

  @Test
  void theLanguageToolCategoryIsAnError() {
    assertThat(refused("acme", BACKOFFICE.replace("PROCESS_JARGON", "LANGUAGETOOL")).getMessage())
        .isEqualTo("acme:2:11: category LANGUAGETOOL is for LanguageTool's own grammar and spelling rules, so an"
            + " entry of it would never be reported; use one of: COLD_PHRASE, PROCESS_JARGON, FORMAL_WORDING,"
            + " NEGATIVE_FRAMING, IMPERSONAL_ADDRESS");
  }

  @Test
  void anUnknownPlaceholderInAMessageOrSuggestionIsAnError() {
    assertThat(refused("acme", BACKOFFICE.replace("'{flagged}' siger", "Kære {naam}, '{flagged}' siger")).getMessage())
        .isEqualTo("acme:6:20: rule ACME_BACKOFFICE message holds '{naam}', which is not filled in: it would be"
            + " shown as it is; the only placeholder here is {flagged} (the flagged words as the draft has them)");
    assertThat(refused("acme", BACKOFFICE.replace("'{flagged}' siger", "'{name}' siger")).getMessage())
        .startsWith("acme:6:16: rule ACME_BACKOFFICE message holds '{name}', which is not filled in");
    assertThat(refused("acme", BACKOFFICE.replace("[en kollega]", "[\"Kære {naam}\"]")).getMessage())
        .isEqualTo("acme:7:25: rule ACME_BACKOFFICE suggestion 'Kære {naam}' holds the placeholder '{naam}':"
            + " a suggestion is put into the draft on one click, so it must be complete (say in the message how"
            + " to finish such a sentence); the only placeholder is {name}");
    assertThat(refused("acme", BACKOFFICE.replace("  suggestions:", "  short: \"{flagged}\"\n    suggestions:"))
        .getMessage()).startsWith("acme:7:13: rule ACME_BACKOFFICE short holds '{flagged}', which is not filled"
            + " in: it would be shown as it is; it may hold no placeholder");
  }

  @Test
  void replacingAPackEntryWithoutSayingSoIsAWarning() {
    String replacing = BACKOFFICE.replace("ACME_BACKOFFICE", "TEST_TICKET");
    assertThat(warnings(replacing)).containsExactly("acme:4:5: warning: rule TEST_TICKET replaces the pack's entry"
        + " TEST_TICKET (testpack/jargon.yaml:4:5); write 'replace: true' in it to say that is meant, or give it an"
        + " id of its own to add it");
    assertThat(warnings(replacing.replace("    phrase:", "    replace: true\n    phrase:"))).isEmpty();
    assertThat(refused("acme", BACKOFFICE.replace("    phrase:", "    replace: true\n    phrase:")).getMessage())
        .isEqualTo("acme:5:14: rule ACME_BACKOFFICE says 'replace: true' but the 'da' pack has no entry"
            + " ACME_BACKOFFICE to replace");
  }

  @Test
  void aLemmaTheTaggerDoesNotKnowIsAWarningAndNamedWhenItsExampleFails() {
    assertThat(warnings(BACKOFFICE.replace("[backoffice]", "[backoffice|<bakofisere>]"))).containsExactly(
        "acme:4:5: warning: rule ACME_BACKOFFICE: LanguageTool's Danish dictionary has no lemma <bakofisere>, so it"
            + " matches no word; check the spelling and that it is the dictionary form (infinitive, singular), or"
            + " write the word forms out (a|b)");
    assertThat(warnings(BACKOFFICE.replace("[backoffice]", "[backoffice|<eskalere>]"))).isEmpty();
    assertThat(refused("acme", BACKOFFICE.replace("[backoffice]", "[<bakofisere>]")).getMessage())
        .startsWith("acme:9:13: example does not hold: ACME_BACKOFFICE flags: Jeg har spurgt vores backoffice.:"
            + " expected ACME_BACKOFFICE at \"backoffice\" but it flagged nothing (rule ACME_BACKOFFICE:"
            + " LanguageTool's Danish dictionary has no lemma <bakofisere>");
  }

  @Test
  void disablingAnIdNoEntryHasIsAWarning() {
    EmpathyLinter linter = EmpathyLinter.builder("da").overlay("acme", BACKOFFICE)
        .disableRules(List.of("TEST_TICKET", "ACME_BACKOFFICE", "TEST_TIKCET")).build();
    assertThat(linter.warnings()).extracting(RulePackWarning::toString).containsExactly("disableRules: warning:"
        + " no entry of the 'da' pack or its overlays has the id TEST_TIKCET, so it switches nothing off");
  }

  @Test
  void examplesOfEntriesTheBuilderSwitchesOffAreNotProved() {
    String failing = BACKOFFICE.replace("vores <<backoffice>>", "<<vores>> backoffice");
    assertThat(EmpathyLinter.builder("da").overlay("acme", failing).disableRules(List.of("ACME_BACKOFFICE"))
        .build().check(Draft.of(DRAFT)).findings()).extracting(Finding::ruleId).doesNotContain("ACME_BACKOFFICE");
  }
}
