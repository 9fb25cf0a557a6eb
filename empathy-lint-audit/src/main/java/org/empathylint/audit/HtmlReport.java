package org.empathylint.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.empathylint.FindingCategory;

/**
 * Writes {@code report.html}: one self-contained page (styles and charts inline, no scripts, no
 * fonts or images to fetch) for a team lead: the share of replies without acknowledgement against the
 * 51 % reference, each category's share, the trend by month, tables by team and agent, the phrases
 * that recur with what to write instead, and example replies with their findings marked.
 */
public final class HtmlReport {
  private static final int SKIPPED_SHOWN = 20;
  private static final Map<FindingCategory, String> MEANING = new EnumMap<>(Map.of(
      FindingCategory.COLD_PHRASE, "stock formulas that could go to anyone",
      FindingCategory.PROCESS_JARGON, "internal process language the customer does not know",
      FindingCategory.FORMAL_WORDING, "officialese where a plain word says the same",
      FindingCategory.NEGATIVE_FRAMING, "blame and bare refusals",
      FindingCategory.IMPERSONAL_ADDRESS, "a salutation without the customer's name",
      FindingCategory.MISSING_ACKNOWLEDGEMENT, "the reply never recognises the customer's situation",
      FindingCategory.LATE_ACKNOWLEDGEMENT, "it asks for data before it recognises the customer",
      FindingCategory.LANGUAGETOOL, "LanguageTool's grammar and spelling rules"));
  private static final String STYLE = """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0 auto;max-width:980px;
      padding:24px;color:#222;line-height:1.45}
      h1{margin-bottom:4px}h2{margin-top:40px;border-bottom:2px solid #2f6f9f;padding-bottom:4px}
      .lead{color:#555}.big{font-size:1.25em}.big strong{font-size:1.4em;color:#2f6f9f}
      .ref{color:#b0413e;font-weight:bold}
      table{border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:.92em}
      th,td{border-bottom:1px solid #ddd;padding:5px 8px;text-align:left;vertical-align:top}
      th{background:#f3f6f9}td.n{text-align:right;white-space:nowrap}
      .reply{white-space:pre-wrap;background:#fafafa;border:1px solid #ddd;border-radius:6px;padding:12px;
      font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}
      mark{background:#ffe08a;border-bottom:2px solid #c99a00}
      mark.missing_acknowledgement,mark.late_acknowledgement{background:#ffc7c2;border-color:#b0413e}
      mark.process_jargon{background:#d7e8ff;border-color:#2f6f9f}
      mark.negative_framing{background:#f3d1f4;border-color:#8a3a8c}
      .tag{display:inline-block;font-size:.8em;padding:1px 6px;border-radius:8px;background:#eee}
      .findings{font-size:.9em}.example{margin-bottom:28px}.meta{color:#666;font-size:.9em}
      .wide{overflow-x:auto}.wide table{font-size:.85em}
      svg{max-width:100%;height:auto}footer{margin-top:48px;color:#777;font-size:.85em}
      """;

  private final AuditSummary summary;
  private final ExampleReplies examples;
  private final boolean pseudonymise;
  private final Pseudonyms pseudonyms;

  /**
   * @param pseudonymise whether agents become "Agent 1", "Agent 2" … and names, addresses and phone
   *                     numbers in the examples placeholders
   */
  public HtmlReport(AuditResult result, boolean pseudonymise) {
    this.summary = result.summary();
    this.examples = result.examples();
    this.pseudonymise = pseudonymise;
    this.pseudonyms = new Pseudonyms(summary.byAgent().keySet());
  }

  /** Writes the page to a file, in UTF-8. */
  public void write(Path file) throws IOException {
    Files.writeString(file, render(), StandardCharsets.UTF_8);
  }

  /** The page. */
  public String render() {
    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>Empathy audit of sent replies</title><style>").append(STYLE).append("</style></head><body>");
    CategoryCounts total = summary.total();
    html.append("<h1>Empathy audit of sent replies</h1><p class=\"lead\">")
        .append(total.replies()).append(" replies audited");
    if (!summary.byMonth().isEmpty()) {
      List<String> months = List.copyOf(summary.byMonth().keySet());
      html.append(", sent ").append(months.get(0)).append(months.size() > 1 ? " to " + months.get(months.size() - 1) : "");
    }
    html.append("; ").append(summary.skippedCount()).append(" messages or records could not be audited")
        .append(" (listed at the end).</p>");
    acknowledgement(html, total);
    categories(html, total);
    trend(html);
    breakdown(html, "By team", "Team", summary.byTeam(), Function.identity());
    breakdown(html, "By agent", "Agent", summary.byAgent(), pseudonymise ? pseudonyms::agent : Function.identity());
    phrases(html);
    examples(html);
    skipped(html);
    html.append("<footer>Made by empathy-lint audit. A reply counts once per category however many findings of ")
        .append("it it has; the quoted customer message and the signature are never counted.</footer>")
        .append("</body></html>\n");
    return html.toString();
  }

  private void acknowledgement(StringBuilder html, CategoryCounts total) {
    html.append("<h2>Do our replies acknowledge the customer?</h2><p class=\"big\"><strong>")
        .append(percent(total.share(FindingCategory.MISSING_ACKNOWLEDGEMENT)))
        .append("</strong> of our replies never recognise the customer's situation. ")
        .append("<span class=\"ref\">Reference: in 51\u00a0% of Dutch customer-service conversations empathy is ")
        .append("missing.</span></p>")
        .append(Charts.acknowledgement(total, summary.byLanguage()));
  }

  private void categories(StringBuilder html, CategoryCounts total) {
    html.append("<h2>What makes replies sound cold</h2>").append(Charts.categoryShares(total))
        .append("<table><tr><th>What</th><th>Means</th><th>Replies with it</th><th>Share</th><th>Findings</th></tr>");
    CategoryCounts.reported(total).forEach((category, counts) -> html.append("<tr><td>")
        .append(Html.escape(CategoryNames.of(category))).append("</td><td>").append(MEANING.get(category))
        .append("</td><td class=\"n\">").append(counts[0]).append("</td><td class=\"n\">")
        .append(percent(total.share(category))).append("</td><td class=\"n\">").append(counts[1]).append("</td></tr>"));
    html.append("</table>");
  }

  private void trend(StringBuilder html) {
    html.append("<h2>Month by month</h2>");
    if (summary.byMonth().isEmpty()) {
      html.append("<p>The input gives no dates.</p>");
      return;
    }
    html.append("<p>The share of replies with each kind of finding, per month the replies were sent. ")
        .append("The thick line is the share without acknowledgement; the dashed line the 51 % reference.</p>")
        .append(Charts.trend(summary.byMonth()));
  }

  private void breakdown(StringBuilder html, String title, String what, Map<String, CategoryCounts> rows,
      Function<String, String> name) {
    html.append("<h2>").append(title).append("</h2>");
    if (rows.isEmpty()) {
      html.append("<p>The input does not say.</p>");
      return;
    }
    List<FindingCategory> columns = List.copyOf(CategoryCounts.reported(summary.total()).keySet());
    html.append("<p>Share of each ").append(what.toLowerCase(Locale.ROOT))
        .append("'s replies with each kind of finding; the darker, the more often.</p>")
        .append("<div class=\"wide\"><table><tr><th>")
        .append(what).append("</th><th>Replies</th>");
    columns.forEach(c -> html.append("<th>").append(Html.escape(CategoryNames.of(c))).append("</th>"));
    html.append("</tr>");
    rows.forEach((key, counts) -> {
      html.append("<tr><td>").append(Html.escape(name.apply(key))).append("</td><td class=\"n\">")
          .append(counts.replies()).append("</td>");
      for (FindingCategory c : columns) {
        double share = counts.share(c);
        html.append("<td class=\"n\" style=\"background:rgba(176,65,62,").append(String.format(Locale.ROOT, "%.2f", 0.6 * share))
            .append(")\">").append(percent(share)).append("</td>");
      }
      html.append("</tr>");
    });
    html.append("</table></div>");
  }

  private void phrases(StringBuilder html) {
    html.append("<h2>Phrases that recur, and what to write instead</h2>");
    if (summary.phraseCategories().isEmpty()) {
      html.append("<p>No phrases were flagged.</p>");
      return;
    }
    for (FindingCategory category : summary.phraseCategories()) {
      html.append("<h3>").append(Html.escape(CategoryNames.of(category)))
          .append("</h3><table><tr><th>Phrase</th><th>Times</th><th>Write instead</th></tr>");
      for (Map.Entry<String, PhraseCount> entry : summary.topPhrases(category, SummaryJson.TOP_PHRASES)) {
        PhraseCount count = entry.getValue();
        html.append("<tr><td>").append(Html.escape(entry.getKey())).append("</td><td class=\"n\">")
            .append(count.count()).append("</td><td>")
            .append(count.suggestion() != null ? "<strong>" + Html.escape(count.suggestion()) + "</strong>"
                : Html.escape(count.advice()))
            .append("</td></tr>");
      }
      html.append("</table>");
    }
  }

  private void examples(StringBuilder html) {
    html.append("<h2>Examples to coach with</h2>");
    List<AuditedReply> replies = examples.replies();
    if (replies.isEmpty()) {
      html.append("<p>No reply had a finding.</p>");
      return;
    }
    html.append("<p>The replies with the most kinds of finding. Marked words have a finding; hover for the advice.</p>");
    for (AuditedReply audited : replies) {
      Reply reply = audited.reply();
      html.append("<div class=\"example\"><p class=\"meta\">").append(Html.escape(reply.where()));
      if (reply.agent() != null) {
        html.append(" · ").append(Html.escape(pseudonymise ? pseudonyms.agent(reply.agent()) : reply.agent()));
      }
      if (reply.team() != null) {
        html.append(" · ").append(Html.escape(reply.team()));
      }
      if (reply.date() != null) {
        html.append(" · ").append(reply.date());
      }
      html.append("</p>").append(ExampleHtml.render(audited, pseudonymise)).append("</div>");
    }
  }

  private void skipped(StringBuilder html) {
    html.append("<h2>Not audited</h2>");
    if (summary.skippedCount() == 0) {
      html.append("<p>Every message and record was audited.</p>");
      return;
    }
    html.append("<p>").append(summary.skippedCount()).append(" messages or records could not be audited")
        .append(summary.skippedCount() > SKIPPED_SHOWN ? "; the first " + SKIPPED_SHOWN + " (all in summary.json, up to "
            + AuditSummary.MAX_LISTED_SKIPPED + ")" : "").append(":</p><table><tr><th>Where</th><th>Why</th></tr>");
    summary.skipped().stream().limit(SKIPPED_SHOWN).forEach(skip -> html.append("<tr><td>")
        .append(Html.escape(skip.where())).append("</td><td>").append(Html.escape(skip.reason())).append("</td></tr>"));
    html.append("</table>");
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f\u00a0%%", 100 * share); // never broken before the %
  }
}
