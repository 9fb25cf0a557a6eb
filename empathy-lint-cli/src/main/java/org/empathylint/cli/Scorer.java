package org.empathylint.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.empathylint.Finding;
import org.empathylint.FindingCategory;

/**
 * Scores one case's findings against its labels, as GUIDELINES.md says: a span finding is right when
 * its category is the label's (or one of the label's) and its range overlaps the label's text; each
 * label counts once (TP or FN), each span finding that matches no label is an FP. Draft-level
 * categories count once per draft.
 */
final class Scorer {
  enum Outcome { TP, FP, FN }

  /**
   * One scored item.
   *
   * @param category the finding's category for TP and FP; the label's first category for FN
   * @param text     the label text (TP, FN; null at draft level) or the flagged text (FP)
   * @param ruleId   the finding's rule (TP, FP); null for FN
   */
  record Mark(Outcome outcome, FindingCategory category, String text, String ruleId) {}

  /** A case whose labels do not fit its draft. */
  static final class UnscorableCase extends RuntimeException {
    UnscorableCase(String message) {
      super(message);
    }
  }

  private Scorer() {}

  /** @throws UnscorableCase when a label's text is not in the draft */
  static List<Mark> score(CorpusCase corpusCase, List<Finding> findings) {
    String draft = corpusCase.draft();
    List<Mark> marks = new ArrayList<>();

    List<Finding> spanFindings = findings.stream()
        .filter(f -> f.category().scope() == FindingCategory.Scope.SPAN).toList();
    boolean[] matchedSomeLabel = new boolean[spanFindings.size()];
    for (CorpusCase.Label label : corpusCase.labels()) {
      if (label.isDraftLevel()) {
        continue;
      }
      int start = label.startIn(draft);
      if (start < 0) {
        throw new UnscorableCase("label text \"" + label.text() + "\""
            + (label.occurrence() > 1 ? " (occurrence " + label.occurrence() + ")" : "") + " not found in the draft");
      }
      int end = start + label.text().length();
      Finding firstHit = null;
      for (int i = 0; i < spanFindings.size(); i++) {
        Finding f = spanFindings.get(i);
        if (label.categories().contains(f.category()) && overlaps(f, start, end)) {
          matchedSomeLabel[i] = true;
          firstHit = firstHit == null ? f : firstHit;
        }
      }
      marks.add(firstHit != null
          ? new Mark(Outcome.TP, firstHit.category(), label.text(), firstHit.ruleId())
          : new Mark(Outcome.FN, label.categories().get(0), label.text(), null));
    }
    for (int i = 0; i < spanFindings.size(); i++) {
      if (!matchedSomeLabel[i]) {
        Finding f = spanFindings.get(i);
        marks.add(new Mark(Outcome.FP, f.category(), flaggedText(draft, f), f.ruleId()));
      }
    }

    Map<FindingCategory, Finding> present = new LinkedHashMap<>();
    for (Finding f : findings) {
      if (f.category().scope() == FindingCategory.Scope.DRAFT) {
        present.putIfAbsent(f.category(), f);
      }
    }
    Set<FindingCategory> counted = EnumSet.noneOf(FindingCategory.class);
    for (CorpusCase.Label label : corpusCase.labels()) {
      if (!label.isDraftLevel() || label.categories().stream().anyMatch(counted::contains)) {
        continue; // a draft-level category counts once, however often it is labelled
      }
      FindingCategory hit = label.categories().stream().filter(present::containsKey).findFirst().orElse(null);
      if (hit != null) {
        counted.add(hit);
        marks.add(new Mark(Outcome.TP, hit, null, present.get(hit).ruleId()));
      } else {
        counted.addAll(label.categories());
        marks.add(new Mark(Outcome.FN, label.categories().get(0), null, null));
      }
    }
    present.forEach((category, f) -> {
      if (!counted.contains(category)) {
        marks.add(new Mark(Outcome.FP, category, flaggedText(draft, f), f.ruleId()));
      }
    });
    return marks;
  }

  /** Half-open ranges; a zero-length finding counts as covering the char it sits on. */
  private static boolean overlaps(Finding f, int start, int end) {
    int fEnd = Math.max(f.endOffset(), f.offset() + 1);
    return f.offset() < end && start < fEnd;
  }

  private static String flaggedText(String draft, Finding f) {
    int start = Math.min(f.offset(), draft.length());
    return draft.substring(start, Math.min(f.endOffset(), draft.length()));
  }
}
