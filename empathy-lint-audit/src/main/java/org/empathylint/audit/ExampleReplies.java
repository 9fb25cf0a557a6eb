package org.empathylint.audit;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import org.empathylint.Finding;
import org.empathylint.FindingCategory;

/**
 * The few replies a report shows as examples: those with findings of the most categories (then the
 * most findings, then the first by where they are), so that a coach sees as much as possible in few
 * replies; a text sent more than once (a template) is shown once. Holds at most {@code limit}
 * replies. Not thread-safe.
 */
public final class ExampleReplies {
  private static final Comparator<AuditedReply> BEST_FIRST =
      Comparator.comparingInt((AuditedReply a) -> -categories(a))
          .thenComparingInt(a -> -a.findings().size())
          .thenComparing(a -> a.reply().where());

  private final int limit;
  private final TreeSet<AuditedReply> best = new TreeSet<>(BEST_FIRST);

  public ExampleReplies(int limit) {
    this.limit = limit;
  }

  /** Considers one audited reply. */
  public void add(AuditedReply audited) {
    if (audited.findings().isEmpty()) {
      return;
    }
    for (AuditedReply kept : best) {
      if (kept.reply().text().equals(audited.reply().text())) {
        if (BEST_FIRST.compare(kept, audited) <= 0) {
          return;
        }
        best.remove(kept);
        break;
      }
    }
    best.add(audited);
    if (best.size() > limit) {
      best.pollLast();
    }
  }

  /** The examples, best first. */
  public List<AuditedReply> replies() {
    return List.copyOf(best);
  }

  private static int categories(AuditedReply audited) {
    EnumSet<FindingCategory> seen = EnumSet.noneOf(FindingCategory.class);
    for (Finding finding : audited.findings()) {
      seen.add(finding.category());
    }
    return seen.size();
  }
}
