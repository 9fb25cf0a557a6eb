package org.empathylint.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.empathylint.Draft;
import org.empathylint.EmpathyLinter;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.RuleMatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the batch path with 1 and 2 threads: one {@link EmpathyLinter} shared by the threads
 * (as the command line's {@code batch --threads N} shares it), each operation a check of the
 * ~200-word draft with its customer message, turned into the JSON the batch writes. The
 * {@code languageTool*} pair is the reference for what this machine allows: LanguageTool's analysis
 * alone, one rule-less JLanguageTool per thread, nothing shared but LanguageTool's own dictionaries.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// Long warm-up: with two busy threads on two cores the JIT compiler gets little CPU; the 2-thread
// runs were still speeding up after 6 x 4 s of warm-up, so their ratio read too low.
@Warmup(iterations = 8, time = 4)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class BatchThroughputBenchmark {

  /** The linter, shared by all benchmark threads. */
  @State(Scope.Benchmark)
  public static class Shared {
    @Param({"nl", "da"})
    public String lang;

    EmpathyLinter linter;
    Draft draft;

    @Setup
    public void setUp() {
      linter = EmpathyLinter.builder(lang).build();
      draft = Draft.of(Drafts.draft(lang), Drafts.customer(lang));
    }
  }

  /** One rule-less JLanguageTool per thread (JLanguageTool is not thread-safe). */
  @State(Scope.Thread)
  public static class PerThread {
    JLanguageTool languageTool;
    String text;

    @Setup
    public void setUp(Shared shared) {
      languageTool = LanguageTools.analysisOnly(shared.lang);
      text = Drafts.draft(shared.lang);
    }
  }

  @Benchmark
  @Threads(1)
  public String empathyLint_1thread(Shared shared) {
    return shared.linter.check(shared.draft).toLanguageToolJson();
  }

  @Benchmark
  @Threads(2)
  public String empathyLint_2threads(Shared shared) {
    return shared.linter.check(shared.draft).toLanguageToolJson();
  }

  @Benchmark
  @Threads(1)
  public List<RuleMatch> languageToolAnalysisOnly_1thread(PerThread state) throws IOException {
    return state.languageTool.check(state.text);
  }

  @Benchmark
  @Threads(2)
  public List<RuleMatch> languageToolAnalysisOnly_2threads(PerThread state) throws IOException {
    return state.languageTool.check(state.text);
  }
}
