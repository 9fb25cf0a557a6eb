package org.empathylint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.empathylint.EmpathyLinter;
import org.empathylint.engine.PackExamples;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The one generic test of the rule packs: every example of every entry in every pack on the
 * classpath, as LanguageTool tests the examples in its grammar.xml. A failing example names its
 * file and line.
 */
class AllPackExamplesTest {

  @TestFactory
  Stream<DynamicTest> everyExampleOfEveryPackHolds() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String language : EmpathyLinter.availableLanguages()) {
      EmpathyLinter linter = SharedLinters.get(language);
      for (PackExamples.Check check : PackExamples.of(linter)) {
        tests.add(DynamicTest.dynamicTest(language + " " + check.name(), () -> {
          Optional<String> problem = check.verify();
          assertThat(problem).as("%s", check.source()).isEmpty();
        }));
      }
    }
    assertThat(tests).as("examples found in the packs").hasSizeGreaterThan(20);
    return tests.stream();
  }
}
