package org.empathylint.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.empathylint.FindingCategory;

/** Adds up the scored cases and prints the summary table. */
final class Scoreboard {

  /** True positives, false positives and false negatives, with the rates made from them. */
  record Counts(int tp, int fp, int fn) {
    static final Counts ZERO = new Counts(0, 0, 0);

    Counts plus(Counts other) {
      return new Counts(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    /** NaN when there is nothing to divide by. */
    double precision() {
      return ratio(tp, tp + fp);
    }

    double recall() {
      return ratio(tp, tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      if (Double.isNaN(p) || Double.isNaN(r)) {
        return Double.NaN;
      }
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int part, int whole) {
      return whole == 0 ? Double.NaN : (double) part / whole;
    }
  }

  /** The categories of the annotation guidelines: LanguageTool's own rules are not scored. */
  static final Set<FindingCategory> SCORED = EnumSet.complementOf(EnumSet.of(FindingCategory.LANGUAGETOOL));

  private final Map<FindingCategory, Counts> counts = new EnumMap<>(FindingCategory.class);
  /** Per language: clean drafts, and those of them that got a finding anyway. */
  private final Map<String, int[]> cleanDrafts = new TreeMap<>();
  private int cases;

  Scoreboard() {
    SCORED.forEach(c -> counts.put(c, Counts.ZERO));
  }

  void add(CorpusCase corpusCase, List<Scorer.Mark> marks, boolean anyFinding) {
    cases++;
    for (Scorer.Mark mark : marks) {
      Counts one = switch (mark.outcome()) {
        case TP -> new Counts(1, 0, 0);
        case FP -> new Counts(0, 1, 0);
        case FN -> new Counts(0, 0, 1);
      };
      if (SCORED.contains(mark.category())) {
        counts.merge(mark.category(), one, Counts::plus);
      }
    }
    if (corpusCase.isClean()) {
      int[] clean = cleanDrafts.computeIfAbsent(corpusCase.language(), language -> new int[2]);
      clean[0]++;
      clean[1] += anyFinding ? 1 : 0;
    }
  }

  Counts counts(FindingCategory category) {
    return counts.get(category);
  }

  Counts micro(FindingCategory.Scope scope) {
    return counts.entrySet().stream()
        .filter(e -> scope == null || e.getKey().scope() == scope)
        .map(Map.Entry::getValue)
        .reduce(Counts.ZERO, Counts::plus);
  }

  /** The summary: a header, one row per category, the micro averages, the clean drafts per language. */
  List<String> table() {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "%-24s %5s %5s %5s %9s %7s %6s",
        "category", "TP", "FP", "FN", "precision", "recall", "F1"));
    counts.forEach((category, c) -> lines.add(row(category.id(), c)));
    lines.add(row("micro, all categories", micro(null)));
    lines.add(row("micro, span categories", micro(FindingCategory.Scope.SPAN)));
    cleanDrafts.forEach((language, clean) -> lines.add(
        "clean drafts with any finding (" + language + "): " + clean[1] + " of " + clean[0]));
    return lines;
  }

  int cases() {
    return cases;
  }

  private static String row(String name, Counts c) {
    return String.format(Locale.ROOT, "%-24s %5d %5d %5d %9s %7s %6s",
        name, c.tp(), c.fp(), c.fn(), rate(c.precision()), rate(c.recall()), rate(c.f1()));
  }

  private static String rate(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
  }
}
