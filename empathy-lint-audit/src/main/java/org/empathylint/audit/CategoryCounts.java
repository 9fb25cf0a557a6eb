package org.empathylint.audit;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.empathylint.Finding;
import org.empathylint.FindingCategory;

/**
 * For a set of replies (all, or one team's, one agent's, one month's): how many there are, and per
 * category how many have at least one finding of it and how many findings it has. Mergeable, so that
 * counts made in parallel add up.
 */
public final class CategoryCounts implements Serializable {
  private static final long serialVersionUID = 1L;

  private long replies;
  private final EnumMap<FindingCategory, long[]> categories = new EnumMap<>(FindingCategory.class);

  /** Counts one reply and its findings. */
  void add(List<Finding> findings) {
    replies++;
    Set<FindingCategory> seen = EnumSet.noneOf(FindingCategory.class);
    for (Finding finding : findings) {
      long[] counts = counts(finding.category());
      counts[1]++;
      if (seen.add(finding.category())) {
        counts[0]++;
      }
    }
  }

  void merge(CategoryCounts other) {
    replies += other.replies;
    other.categories.forEach((category, counts) -> {
      long[] mine = counts(category);
      mine[0] += counts[0];
      mine[1] += counts[1];
    });
  }

  private long[] counts(FindingCategory category) {
    return categories.computeIfAbsent(category, c -> new long[2]);
  }

  /** How many replies were counted. */
  public long replies() {
    return replies;
  }

  /** How many replies have at least one finding of the category. */
  public long repliesWith(FindingCategory category) {
    long[] counts = categories.get(category);
    return counts == null ? 0 : counts[0];
  }

  /** How many findings of the category there are. */
  public long findings(FindingCategory category) {
    long[] counts = categories.get(category);
    return counts == null ? 0 : counts[1];
  }

  /** The share of replies with the category, 0 to 1 (0 for no replies). */
  public double share(FindingCategory category) {
    return replies == 0 ? 0 : (double) repliesWith(category) / replies;
  }

  /** The categories with findings and the seven of the packs, in declaration order. */
  static Map<FindingCategory, long[]> reported(CategoryCounts counts) {
    Map<FindingCategory, long[]> reported = new EnumMap<>(FindingCategory.class);
    for (FindingCategory category : FindingCategory.values()) {
      if (category != FindingCategory.LANGUAGETOOL || counts.categories.containsKey(category)) {
        reported.put(category, new long[] {counts.repliesWith(category), counts.findings(category)});
      }
    }
    return reported;
  }
}
