package org.empathylint.pattern;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One position in a flattened phrase: a token matching any of {@code tests} (or, when
 * {@code negated}, none of them), or a gap of 0..{@code maxGap} arbitrary tokens.
 * {@code lineEnd} is the zero-width {@code $}: the end of the sentence or of a line.
 * {@code markStart}/{@code markEnd} say that the flagged span starts before / ends after this step.
 */
public record Step(List<TokenTest> tests, boolean negated, int maxGap, boolean lineEnd, boolean markStart,
                   boolean markEnd) {

  public Step {
    tests = List.copyOf(tests);
  }

  boolean isGap() {
    return maxGap > 0;
  }

  /** True when this step can be looked up by exact word form or lemma. */
  boolean isIndexable() {
    return !negated && !isGap() && !lineEnd
        && tests.stream().allMatch(t -> t.kind() == TokenTest.Kind.FORM || t.kind() == TokenTest.Kind.LEMMA);
  }

  /** True when the lower-case word form alone decides this step (regexes and plain forms, not negated). */
  boolean dependsOnFormOnly() {
    return !negated && !isGap() && !lineEnd && tests.stream()
        .allMatch(t -> t.kind() == TokenTest.Kind.REGEX || t.kind() == TokenTest.Kind.FORM);
  }

  /** For {@link #dependsOnFormOnly()} steps: does this lower-case form match? */
  boolean matchesForm(String lowerForm, TokenTest.CompiledRegexes regexes) {
    for (TokenTest test : tests) {
      boolean hit = test.kind() == TokenTest.Kind.FORM ? test.value().equals(lowerForm)
          : regexes.get(test.value()).matcher(lowerForm).matches();
      if (hit) {
        return true;
      }
    }
    return false;
  }

  Step withMarks(boolean start, boolean end) {
    return new Step(tests, negated, maxGap, lineEnd, markStart || start, markEnd || end);
  }

  @Override
  public String toString() {
    String body = lineEnd ? "$" : isGap() ? "~" + maxGap
        : (negated ? "!" : "") + tests.stream().map(TokenTest::toString).collect(Collectors.joining("|"));
    return (markStart ? "[" : "") + body + (markEnd ? "]" : "");
  }
}
