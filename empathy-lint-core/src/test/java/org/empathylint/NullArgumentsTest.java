package org.empathylint;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every public entry point names the argument that was null. */
class NullArgumentsTest {

  @Test
  void theBuilderNamesItsNullArguments() {
    assertThatThrownBy(() -> EmpathyLinter.builder(null))
        .isInstanceOf(NullPointerException.class).hasMessage("language must not be null");
    EmpathyLinter.Builder builder = EmpathyLinter.builder("da");
    assertThatThrownBy(() -> builder.minimumSeverity(null))
        .isInstanceOf(NullPointerException.class).hasMessage("severity must not be null");
    assertThatThrownBy(() -> builder.overlay(null))
        .isInstanceOf(NullPointerException.class).hasMessage("overlayFile must not be null");
    assertThatThrownBy(() -> builder.disableRules(null))
        .isInstanceOf(NullPointerException.class).hasMessage("ruleIds must not be null");
    assertThatThrownBy(() -> builder.disableRules(Arrays.asList("X", null)))
        .isInstanceOf(NullPointerException.class).hasMessage("ruleIds must not hold null");
    assertThatThrownBy(() -> builder.disableCategories(null))
        .isInstanceOf(NullPointerException.class).hasMessage("categories must not be null");
  }

  @Test
  void draftsAndRulesNameTheirNullArguments() {
    assertThatThrownBy(() -> Draft.of(null))
        .isInstanceOf(NullPointerException.class).hasMessage("text must not be null");
    assertThatThrownBy(() -> Draft.of(null, "customer"))
        .isInstanceOf(NullPointerException.class).hasMessage("text must not be null");
    assertThatThrownBy(() -> Draft.html(null))
        .isInstanceOf(NullPointerException.class).hasMessage("html must not be null");
    assertThatThrownBy(() -> EmpathyRules.create(null))
        .isInstanceOf(NullPointerException.class).hasMessage("language must not be null");
    assertThatThrownBy(() -> EmpathyRules.addTo(null))
        .isInstanceOf(NullPointerException.class).hasMessage("languageTool must not be null");
  }
}
