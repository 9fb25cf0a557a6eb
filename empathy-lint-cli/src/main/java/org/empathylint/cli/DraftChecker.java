package org.empathylint.cli;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.empathylint.Draft;
import org.empathylint.Finding;
import org.empathylint.LintResult;
import org.empathylint.engine.ReplacementCheck;

/**
 * Lints a draft in a given language. The commands depend on this instead of on {@link
 * org.empathylint.EmpathyLinter} so that their tests can use hand-made findings and run without
 * LanguageTool.
 */
interface DraftChecker {

  /**
   * @throws org.empathylint.UnsupportedLanguageException for a language without a rule pack
   * @throws org.empathylint.RulePackException when the rule overlay cannot be used
   */
  Report check(String language, Draft draft);

  /** What the commands need from a lint result. */
  interface Report {
    List<Finding> findings();

    /** LanguageTool's {@code /v2/check} response JSON for the draft. */
    String languageToolJson();

    /**
     * What is wrong when {@code replacement} is put in place of {@code finding} (see {@link
     * ReplacementCheck}), or nothing.
     */
    default Optional<String> replacementProblem(Finding finding, String replacement) {
      throw new UnsupportedOperationException("this checker cannot verify replacements");
    }

    /** The report of a real lint result. */
    static Report of(LintResult result) {
      return of(result, null);
    }

    /** The report of a real lint result, whose replacements {@code check} can verify. */
    static Report of(LintResult result, Supplier<ReplacementCheck> check) {
      return new Report() {
        @Override
        public Optional<String> replacementProblem(Finding finding, String replacement) {
          if (check == null) {
            return Report.super.replacementProblem(finding, replacement);
          }
          return check.get().verify(result, finding, replacement);
        }

        @Override
        public List<Finding> findings() {
          return result.findings();
        }

        @Override
        public String languageToolJson() {
          return result.toLanguageToolJson();
        }
      };
    }
  }
}
