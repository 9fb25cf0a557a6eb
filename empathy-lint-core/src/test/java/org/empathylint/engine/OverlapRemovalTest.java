package org.empathylint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.empathylint.pack.PackEntry;
import org.empathylint.pack.RulePacks;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;

class OverlapRemovalTest {
  /** Three real entries of the test pack, in id order (ties go to the lower id). */
  private static final List<PackEntry> ENTRIES = RulePacks.load("da").entries().stream()
      .sorted(Comparator.comparing(PackEntry::id)).limit(3).toList();

  /** A hit on [from, to), made the way the scanner makes them: from a token's position. */
  private static Hit hit(int entry, int from, int to) {
    AnalyzedTokenReadings token = new AnalyzedTokenReadings(new AnalyzedToken("x".repeat(to - from), null, null), from);
    return Hit.of(PatternUse.finding(ENTRIES.get(entry)), new AnalyzedTokenReadings[] {token}, 0, 0);
  }

  /** The rule as first written: each hit against every hit kept so far. */
  private static List<Hit> byTheDefinition(List<Hit> hits) {
    List<Hit> sorted = new ArrayList<>(hits);
    sorted.sort(Comparator.comparingInt(Hit::length).reversed().thenComparingInt(Hit::fromPos)
        .thenComparing(h -> h.entry().id()));
    List<Hit> kept = new ArrayList<>();
    for (Hit hit : sorted) {
      if (kept.stream().noneMatch(hit::overlaps)) {
        kept.add(hit);
      }
    }
    kept.sort(Comparator.comparingInt(Hit::fromPos));
    return kept;
  }

  @Test
  void keepsTheLongestThenTheEarliestThenTheLowerId() {
    List<Hit> hits = new ArrayList<>(List.of(hit(1, 0, 5), hit(0, 0, 5), hit(0, 3, 12), hit(2, 12, 14), hit(1, 13, 15)));

    assertThat(SentenceScanner.withoutOverlaps(hits)).containsExactly(hit(0, 3, 12), hit(2, 12, 14));
  }

  @Test
  void agreesWithTheDefinitionOnRandomHits() {
    Random random = new Random(14);
    for (int round = 0; round < 500; round++) {
      List<Hit> hits = new ArrayList<>();
      for (int i = random.nextInt(30); i > 0; i--) {
        int from = random.nextInt(100);
        hits.add(hit(random.nextInt(3), from, from + 1 + random.nextInt(15)));
      }
      List<Hit> expected = byTheDefinition(hits);
      assertThat(SentenceScanner.withoutOverlaps(hits)).as("round %d", round).isEqualTo(expected);
    }
  }

  @Test
  void aSentenceOfAHundredThousandHitsIsNotQuadratic() {
    // "ticket " over 1 MB: one hit every 7 characters, none overlapping, plus two-word hits over
    // each pair. Checking each against all kept (the old way) takes some 10^10 steps: 52 s on the
    // 2-core machine where the sorted map takes 1 s.
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < 150_000; i++) {
      hits.add(hit(0, i * 7, i * 7 + 6));
      hits.add(hit(1, i * 7, i * 7 + 13));
    }
    List<Hit> kept = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> SentenceScanner.withoutOverlaps(hits));
    assertThat(kept).hasSize(75_000).allMatch(h -> h.length() == 13);
  }
}
