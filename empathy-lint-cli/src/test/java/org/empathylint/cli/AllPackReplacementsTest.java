package org.empathylint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.empathylint.EmpathyLinter;
import org.empathylint.engine.PackExamples;
import org.empathylint.engine.PackReplacements;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The generic test of every suggestion in every pack: each replacement an entry offers on each of
 * its bad examples is put in place, as a LanguageTool client does on one click, and must leave a
 * correct sentence (re-checked by the linter, by LanguageTool's own default rules, and for doubled
 * words, punctuation and capitals). {@code -Dempathy.lang=nl} limits it to one language.
 */
class AllPackReplacementsTest {

  @TestFactory
  Stream<DynamicTest> everyReplacementDropsIn() {
    String only = System.getProperty("empathy.lang", "");
    List<DynamicTest> tests = new ArrayList<>();
    for (String language : EmpathyLinter.availableLanguages()) {
      if (!only.isEmpty() && !only.equals(language)) {
        continue;
      }
      EmpathyLinter linter = SharedLinters.get(language);
      for (PackExamples.Check check : PackReplacements.of(linter)) {
        tests.add(DynamicTest.dynamicTest(language + " " + check.name(), () -> {
          Optional<String> problem = check.verify();
          assertThat(problem).as("%s", check.source()).isEmpty();
        }));
      }
    }
    assertThat(tests).as("replacement checks found in the packs").hasSizeGreaterThan(20);
    return tests.stream();
  }
}
