package org.empathylint.bench;

import java.util.concurrent.TimeUnit;
import org.empathylint.Draft;
import org.empathylint.EmpathyLinter;
import org.empathylint.LintResult;
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

/**
 * What turning one result of the ~200-word draft into LanguageTool JSON (severities included) costs;
 * compare with a check of the same draft in {@link CheckBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Benchmark)
public class JsonBenchmark {
  @Param({"nl", "da"})
  public String lang;

  LintResult result;

  @Setup
  public void setUp() {
    EmpathyLinter linter = EmpathyLinter.builder(lang).build();
    result = linter.check(Draft.of(Drafts.draft(lang), Drafts.customer(lang)));
  }

  /** The whole JSON of a result, as {@code check --format json} and {@code batch} write it. */
  @Benchmark
  public String languageToolJson() {
    return result.toLanguageToolJson();
  }
}
