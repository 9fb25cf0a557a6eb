package org.empathylint.cli;

import java.util.List;
import org.empathylint.Finding;
import org.jsoup.Jsoup;

/** The human-readable output of {@code check}: one line per finding and a count. */
final class TextReport {
  private TextReport() {}

  /**
   * Formats {@code LINE:COL  SEVERITY  CATEGORY  message  "flagged text"  -> suggestion1 | suggestion2}, one
   * line per finding, then a line such as {@code 3 findings}. For an HTML draft, positions are in
   * the HTML source and the flagged text is shown as words (tags dropped, entities decoded).
   */
  static String format(String text, List<Finding> findings, boolean html) {
    LineIndex lines = new LineIndex(text);
    StringBuilder out = new StringBuilder();
    for (Finding finding : findings) {
      int offset = Math.min(finding.offset(), text.length());
      out.append(lines.line(offset)).append(':').append(lines.column(offset))
          .append("  ").append(finding.severity().lowerCaseName())
          .append("  ").append(finding.category().id())
          .append("  ").append(oneLine(finding.message()));
      int end = Math.min(finding.endOffset(), text.length());
      if (end > offset) {
        String flagged = text.substring(offset, end);
        out.append("  \"").append(oneLine(html ? Jsoup.parseBodyFragment(flagged).text() : flagged)).append('"');
      }
      if (!finding.suggestions().isEmpty()) {
        out.append("  -> ").append(oneLine(String.join(" | ", finding.suggestions())));
      }
      out.append('\n');
    }
    out.append(findings.size()).append(findings.size() == 1 ? " finding" : " findings").append('\n');
    return out.toString();
  }

  /** Keeps each finding on one line even when the flagged text spans a line break. */
  private static String oneLine(String s) {
    return s.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
  }
}
