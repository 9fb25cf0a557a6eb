package org.empathylint.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.empathylint.Draft;
import org.empathylint.EmpathyLinter;
import org.empathylint.LintResult;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * One draft, one thread: (a) LanguageTool's analysis only, (b) LanguageTool with its default rules,
 * (c) empathy-lint's check (our rules only, the default), on the same text, for the ~200-word draft
 * and drafts of 1 KB, 10 KB and 100 KB. Each benchmark builds only the checker it measures.
 *
 * <p>(a) calls {@code JLanguageTool.check(String)} rather than {@code analyzeText}: check is the path
 * our checker goes through (sentence splitting, analysis with its paragraph handling, the rule loop,
 * match post-processing), so the difference (c) − (a) is what our rules and draft structure add.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// Dutch analysis takes a while to compile: 3 x 2 s of warm-up left its 200-word run slower than 1 KB.
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class CheckBenchmark {
  @Param({"nl", "da"})
  public String lang;

  @Param({"200w", "1k", "10k", "100k"})
  public String size;

  private String text;
  private Draft draft;
  private JLanguageTool languageTool;
  private EmpathyLinter linter;

  @Setup
  public void setUp(BenchmarkParams params) {
    text = Drafts.ofSize(lang, size);
    draft = Draft.of(text);
    String benchmark = params.getBenchmark();
    if (benchmark.endsWith(".a_languageToolAnalysisOnly")) {
      languageTool = LanguageTools.analysisOnly(lang);
    } else if (benchmark.endsWith(".b_languageToolDefaultRules")) {
      languageTool = LanguageTools.defaultRules(lang);
    } else {
      linter = EmpathyLinter.builder(lang).build();
    }
  }

  @Benchmark
  public List<RuleMatch> a_languageToolAnalysisOnly() throws IOException {
    return languageTool.check(text);
  }

  @Benchmark
  public List<RuleMatch> b_languageToolDefaultRules() throws IOException {
    return languageTool.check(text);
  }

  @Benchmark
  public LintResult c_empathyLint() {
    return linter.check(draft);
  }
}
