package org.empathylint.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.empathylint.Draft;
import org.empathylint.EmpathyLinter;
import org.empathylint.LanguageCodes;
import org.empathylint.Severity;
import org.empathylint.engine.ReplacementCheck;

/**
 * The real {@link DraftChecker}: one {@link EmpathyLinter} per language, built on first use and then
 * shared by all threads (building the Dutch one takes seconds).
 */
final class LinterChecker implements DraftChecker {
  private final List<Path> overlays;
  private final Severity minimumSeverity;
  private final PrintStream warnings;
  private final Map<String, LazyLinter> linters = new ConcurrentHashMap<>();

  /** @param warnings where the overlays' warnings are printed, once per language, when its linter is built */
  LinterChecker(List<Path> overlays, Severity minimumSeverity, PrintStream warnings) {
    this.overlays = List.copyOf(overlays);
    this.minimumSeverity = minimumSeverity;
    this.warnings = warnings;
  }

  @Override
  public Report check(String language, Draft draft) {
    // "nl", "nl-NL" and "NL-be" share one linter; a code no pack accepts fails in the builder.
    LazyLinter lazy = linters.computeIfAbsent(LanguageCodes.packLanguage(language).orElse(language), LazyLinter::new);
    return Report.of(lazy.get().check(draft), lazy::replacementCheck);
  }

  /**
   * Builds outside the map's lock, so that building one language does not hold up another; a failed
   * build is remembered, so an unknown language fails every time without trying again.
   */
  private final class LazyLinter {
    private final String language;
    private EmpathyLinter linter;
    private RuntimeException failure;
    private final ThreadLocal<ReplacementCheck> replacementChecks =
        ThreadLocal.withInitial(() -> new ReplacementCheck(get()));

    /** Builds LanguageTool's default rules for the language on first use (for {@code eval --replacements}). */
    ReplacementCheck replacementCheck() {
      return replacementChecks.get();
    }

    LazyLinter(String language) {
      this.language = language;
    }

    synchronized EmpathyLinter get() {
      if (linter == null && failure == null) {
        try {
          EmpathyLinter.Builder builder = EmpathyLinter.builder(language).minimumSeverity(minimumSeverity);
          overlays.forEach(builder::sharedOverlay);
          linter = builder.build();
          linter.warnings().forEach(w -> warnings.println(Main.NAME + ": " + w));
        } catch (RuntimeException e) {
          failure = e;
        }
      }
      if (failure != null) {
        throw failure;
      }
      return linter;
    }
  }
}
