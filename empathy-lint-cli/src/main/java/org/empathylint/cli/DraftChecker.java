package org.empathylint.cli;

import java.util.List;
import org.empathylint.Draft;
import org.empathylint.Finding;
import org.empathylint.LintResult;

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

    /** The report of a real lint result. */
    static Report of(LintResult result) {
      return new Report() {
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
