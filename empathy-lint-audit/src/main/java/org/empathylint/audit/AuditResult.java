package org.empathylint.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What an audit run produced: the counts and the example replies for the report. */
public record AuditResult(AuditSummary summary, ExampleReplies examples) {

  /**
   * Writes {@code summary.json} and {@code report.html} into a folder, creating it when needed.
   *
   * @param pseudonymise agents as "Agent 1", "Agent 2" … in both files, and names, addresses and
   *                     phone numbers of the example replies as placeholders
   */
  public void writeTo(Path dir, boolean pseudonymise) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("summary.json"), SummaryJson.text(summary, pseudonymise), StandardCharsets.UTF_8);
    new HtmlReport(this, pseudonymise).write(dir.resolve("report.html"));
  }
}
