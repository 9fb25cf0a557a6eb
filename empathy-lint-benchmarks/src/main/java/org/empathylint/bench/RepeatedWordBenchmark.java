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
 * One sentence of a flagged word over and over ("ticket ticket ticket ..." without a full stop):
 * thousands of findings in one sentence. The check should grow linearly with the text: the time at
 * 256 KB about twice the time at 128 KB. Removing overlapping findings by comparing each with every
 * one kept made it quadratic (13 s at 256 KB).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class RepeatedWordBenchmark {
  @Param({"64", "128", "256"})
  public int kilobytes;

  private Draft draft;
  private EmpathyLinter linter;

  @Setup
  public void setUp() {
    draft = Draft.of("ticket ".repeat(kilobytes * 1024 / "ticket ".length()));
    linter = EmpathyLinter.builder("nl").build();
  }

  @Benchmark
  public LintResult check() {
    return linter.check(draft);
  }
}
