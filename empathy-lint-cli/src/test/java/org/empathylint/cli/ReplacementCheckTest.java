package org.empathylint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.empathylint.Draft;
import org.empathylint.EmpathyLinter;
import org.empathylint.Finding;
import org.empathylint.FindingCategory;
import org.empathylint.LintResult;
import org.empathylint.Severity;
import org.empathylint.engine.ReplacementCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The check behind the generic replacement test catches each kind of broken replacement. */
class ReplacementCheckTest {
  private static final String TEXT = "Beste Anouk,\n\nIk heb uw ticket aan de juiste collega gegeven.\n\nGroet,\nSanne\n";
  private static EmpathyLinter linter;
  private static ReplacementCheck check;
  private static LintResult result;

  @BeforeAll
  static void lint() {
    linter = SharedLinters.get("nl");
    check = new ReplacementCheck(linter);
    result = linter.check(Draft.of(TEXT));
  }

  private static Optional<String> replace(String words, String replacement) {
    int at = TEXT.indexOf(words);
    Finding finding = new Finding("NL_JARGON_TICKET", FindingCategory.PROCESS_JARGON, "m", "s", at, words.length(),
        List.of(replacement), Severity.SUGGESTION);
    return check.verify(result, finding, replacement);
  }

  @Test
  void aCleanReplacementPasses() {
    assertThat(replace("ticket", "vraag")).isEmpty();
  }

  @Test
  void catchesADoubledWordAtTheSeam() {
    assertThat(replace("ticket", "uw vraag")).hasValueSatisfying(p -> assertThat(p).contains("doubles a word"));
  }

  @Test
  void catchesTheSameWordAcrossAComma() {
    assertThat(replace("Ik heb", "Gegeven, gegeven heb")).hasValueSatisfying(p -> assertThat(p).contains("across a comma"));
  }

  @Test
  void catchesTwoDeterminers() {
    assertThat(replace("ticket", "de vraag")).hasValueSatisfying(p -> assertThat(p).contains("two determiners"));
  }

  @Test
  void catchesCapitalsAndPunctuationByPosition() {
    assertThat(replace("ticket", "Vraag")).hasValueSatisfying(p -> assertThat(p).contains("a capital inside"));
    assertThat(replace("Ik heb", "ik heb")).hasValueSatisfying(p -> assertThat(p).contains("no capital"));
    assertThat(replace("gegeven", "gegeven.")).hasValueSatisfying(p -> assertThat(p).contains("punctuation"));
  }

  @Test
  void aSmallLetterTheDraftHasAfterAnAbbreviationIsNoMissingCapital() {
    String text = "Beste Anouk,\n\nDe oude passen zijn per 1 maart jl. komen te vervallen.\n\nGroet,\nSanne\n";
    LintResult own = linter.check(Draft.of(text));
    int at = text.indexOf("komen te vervallen");
    Finding finding = new Finding("NL_FORMAL_KOMT_TE_VERVALLEN", FindingCategory.FORMAL_WORDING, "m", "s", at,
        "komen te vervallen".length(), List.of("vervallen"), Severity.SUGGESTION);
    assertThat(check.verify(own, finding, "vervallen")).isEmpty();
  }

  @Test
  void catchesWhatTheLinterStillFlags() {
    assertThat(replace("ticket", "ticket")).hasValueSatisfying(p -> assertThat(p).contains("still flagged by NL_JARGON_TICKET"));
  }

  @Test
  void catchesWhatLanguageToolsOwnRulesFind() {
    assertThat(replace("heb", "heeft")).hasValueSatisfying(p -> assertThat(p).contains("LanguageTool"));
  }
}
