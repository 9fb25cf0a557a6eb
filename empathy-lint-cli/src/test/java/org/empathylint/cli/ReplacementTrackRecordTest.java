package org.empathylint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.empathylint.FindingCategory;
import org.empathylint.pack.PackEntry;
import org.empathylint.pack.RulePacks;
import org.junit.jupiter.api.Test;

/**
 * The rule for officialese replacements, against the judged record in
 * {@code eval/realtext/track-record-*.tsv} (how often each entry's first replacement read right in
 * place in real published text): an officialese entry whose replacement read wrong at least twice
 * and right less than 85 % of the time offers none; in Danish, where LanguageTool's analysis gives
 * too little to tell a word's role in the sentence, an officialese replacement is offered only
 * once it has read right at least three times, and in at least 85 % of the judged sentences.
 */
class ReplacementTrackRecordTest {
  private static final Path RECORDS = Path.of("..", "eval", "realtext");

  @Test
  void dutchOfficialeseReplacementsWithAPoorRecordAreWithdrawn() throws IOException {
    assertThat(violations("nl", false)).isEmpty();
  }

  @Test
  void danishOfficialeseReplacementsAreOfferedOnlyOnceProvenInRealText() throws IOException {
    assertThat(violations("da", true)).isEmpty();
  }

  @Test
  void theRecordCoversTheEntriesThatOfferReplacements() throws IOException {
    Map<String, int[]> record = record("da");
    long offered = RulePacks.load("da").entries().stream()
        .filter(e -> e.category() == FindingCategory.FORMAL_WORDING && !e.suggestions().isEmpty())
        .count();
    assertThat(offered).as("Danish officialese entries that offer a replacement").isGreaterThan(20);
    assertThat(record).as("judged Danish entries").hasSizeGreaterThan(50);
    assertThat(record("nl")).as("judged Dutch entries (an empty record would make the Dutch rule vacuous)")
        .hasSizeGreaterThan(50);
  }

  private static List<String> violations(String language, boolean mustBeProven) throws IOException {
    Map<String, int[]> record = record(language);
    List<String> problems = new ArrayList<>();
    for (PackEntry entry : RulePacks.load(language).entries()) {
      if (entry.category() != FindingCategory.FORMAL_WORDING || entry.suggestions().isEmpty()) {
        continue;
      }
      int[] judged = record.getOrDefault(entry.id(), new int[2]);
      int ok = judged[0];
      int bad = judged[1];
      boolean rightOftenEnough = ok + bad == 0 || ok >= 0.85 * (ok + bad);
      if (bad >= 2 && !rightOftenEnough) {
        problems.add(entry.id() + " read wrong " + bad + " times, right " + ok);
      } else if (mustBeProven && (ok < 3 || !rightOftenEnough)) {
        problems.add(entry.id() + " is not proven in real text (" + ok + " right, " + bad + " wrong)");
      }
    }
    return problems;
  }

  private static Map<String, int[]> record(String language) throws IOException {
    Map<String, int[]> record = new HashMap<>();
    Path file = RECORDS.resolve("track-record-" + language + ".tsv");
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.startsWith("entry\t") || line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t");
      record.put(cells[0], new int[] {Integer.parseInt(cells[2]), Integer.parseInt(cells[3])});
    }
    return record;
  }
}
