package org.empathylint.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import org.empathylint.Draft;
import org.empathylint.EmpathyLinter;
import org.languagetool.JLanguageTool;

/**
 * Heap after GC with Dutch and Danish loaded, in a fresh JVM (bench/heap.sh runs one per mode):
 * {@code ours} builds an EmpathyLinter per language, {@code lt} a rule-less JLanguageTool per language
 * (LanguageTool's analysis only), {@code lt-rules} a JLanguageTool with default rules; each runs one
 * check of the ~200-word draft, then the heap is collected a few times and the used heap printed.
 */
public final class HeapMain {
  private HeapMain() {}

  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "ours";
    List<Object> keep = new ArrayList<>();
    for (String lang : List.of("nl", "da")) {
      switch (mode) {
        case "ours" -> {
          EmpathyLinter linter = EmpathyLinter.builder(lang).build();
          linter.check(Draft.of(Drafts.draft(lang), Drafts.customer(lang)));
          keep.add(linter);
        }
        case "lt" -> {
          JLanguageTool languageTool = LanguageTools.analysisOnly(lang);
          languageTool.check(Drafts.draft(lang));
          keep.add(languageTool);
        }
        case "lt-rules" -> {
          JLanguageTool languageTool = LanguageTools.defaultRules(lang);
          languageTool.check(Drafts.draft(lang));
          keep.add(languageTool);
        }
        default -> throw new IllegalArgumentException("mode: ours | lt | lt-rules, not " + mode);
      }
    }
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    System.out.printf("%s heap-after-gc %.1f MB (%d objects kept)%n", mode, used / 1048576.0, keep.size());
  }
}
