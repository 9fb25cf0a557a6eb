package org.empathylint.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.empathylint.Finding;

/**
 * One example reply as HTML: its own text (as a reader sees it, without markup or quoted history)
 * with each finding's words marked, the finding's message as the mark's tooltip, and the findings
 * listed below. Everything from the reply is escaped.
 */
final class ExampleHtml {
  private ExampleHtml() {
  }

  static String render(AuditedReply audited, boolean pseudonymise) {
    Reply reply = audited.reply();
    VisibleText visible = VisibleText.of(reply);
    String text = visible.text();
    Set<String> names = pseudonymise ? Pseudonyms.namesIn(text, reply.customer()) : Set.of();
    UnaryOperator<String> shown = s -> Html.escape(pseudonymise ? Pseudonyms.replace(s, names) : s);

    List<int[]> spans = new ArrayList<>();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    for (Finding f : audited.findings()) {
      int[] span = {visible.map(f.offset()), visible.map(f.endOffset())};
      spans.add(span);
      cuts.add(span[0]);
      cuts.add(span[1]);
    }
    StringBuilder html = new StringBuilder("<div class=\"reply\">");
    for (Integer from = cuts.first(), to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
      List<Finding> covering = new ArrayList<>();
      for (int i = 0; i < spans.size(); i++) {
        if (spans.get(i)[0] <= from && spans.get(i)[1] >= to) {
          covering.add(audited.findings().get(i));
        }
      }
      String segment = shown.apply(text.substring(from, to));
      if (covering.isEmpty()) {
        html.append(segment);
      } else {
        html.append("<mark class=\"").append(cssClass(covering.get(0))).append("\" title=\"")
            .append(Html.escape(titles(covering))).append("\">").append(segment).append("</mark>");
      }
    }
    html.append("</div><ul class=\"findings\">");
    for (Finding f : audited.findings()) {
      html.append("<li><span class=\"tag ").append(cssClass(f)).append("\">")
          .append(Html.escape(CategoryNames.of(f.category()))).append("</span> ").append(shown.apply(f.message()));
      if (!f.suggestions().isEmpty()) {
        html.append(" <em>Suggested: ").append(shown.apply(f.suggestions().get(0))).append("</em>");
      }
      html.append("</li>");
    }
    return html.append("</ul>").toString();
  }

  private static String cssClass(Finding finding) {
    return finding.category().id().toLowerCase(Locale.ROOT);
  }

  private static String titles(List<Finding> findings) {
    List<String> titles = new ArrayList<>();
    for (Finding f : findings) {
      titles.add(CategoryNames.of(f.category()) + ": " + f.message());
    }
    return String.join("\n", titles);
  }
}
