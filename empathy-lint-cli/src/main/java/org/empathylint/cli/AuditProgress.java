package org.empathylint.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.empathylint.audit.AuditListener;

/**
 * The audit's progress bar on stderr: input read (in KB or MB, which gives the time left) and replies per
 * second. Redrawn at most twice a second; closed (its last state left on its line) when the audit ends.
 */
final class AuditProgress implements AuditListener, AutoCloseable {
  private static final int WIDTH = 100;

  private final PrintStream err;
  private final AtomicLong done = new AtomicLong();
  private final long start = System.nanoTime();
  private ProgressBar bar;

  AuditProgress(PrintStream err) {
    this.err = err;
  }

  /** Whether standard error is a terminal (Linux: where file descriptor 2 points; else a console). */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (Exception e) {
      return System.console() != null;
    }
  }

  @Override
  public synchronized void started(long totalBytes) {
    bar = new ProgressBarBuilder()
        .setTaskName("audit")
        .setInitialMax(Math.max(totalBytes, 1))
        .setUnit(totalBytes < 10 << 20 ? " KB" : " MB", totalBytes < 10 << 20 ? 1 << 10 : 1 << 20)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(500)
        .setConsumer(new ConsoleProgressBarConsumer(err, WIDTH))
        .build();
  }

  @Override
  public void read(long bytes) {
    bar.stepBy(bytes);
  }

  @Override
  public void done() {
    long n = done.incrementAndGet();
    if (n % 16 == 0) {
      bar.setExtraMessage(message(n));
    }
  }

  private String message(long n) {
    double seconds = (System.nanoTime() - start) / 1e9;
    double rate = seconds > 0 ? n / seconds : 0;
    return String.format(Locale.ROOT, rate < 10 ? "%d replies, %.1f/s" : "%d replies, %.0f/s", n, rate);
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.setExtraMessage(message(done.get()));
      bar.close();
    }
  }
}
