package org.empathylint.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.empathylint.Draft;
import org.empathylint.EmpathyLinter;
import org.empathylint.Finding;
import org.empathylint.LintResult;
import org.empathylint.Severity;
import org.empathylint.SeverityField;
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
 * What turning one result of the ~200-word draft into LanguageTool JSON costs, and how much of it
 * is adding each match's severity (parsing and writing the JSON once more); compare with a check
 * of the same draft in {@link CheckBenchmark}.
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
  String jsonWithoutSeverities;
  List<Severity> severities;

  @Setup
  public void setUp() {
    EmpathyLinter linter = EmpathyLinter.builder(lang).build();
    result = linter.check(Draft.of(Drafts.draft(lang), Drafts.customer(lang)));
    severities = result.findings().stream().map(Finding::severity).toList();
    jsonWithoutSeverities = result.toLanguageToolJson().replaceAll(",\"severity\":\"[a-z]+\"", "");
  }

  /** The whole JSON of a result, as {@code check --format json} and {@code batch} write it. */
  @Benchmark
  public String languageToolJson() {
    return result.toLanguageToolJson();
  }

  /** Only the step that adds the severities. */
  @Benchmark
  public String severityFieldOnly() {
    return SeverityField.addTo(jsonWithoutSeverities, severities);
  }
}
