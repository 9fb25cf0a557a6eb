package org.empathylint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.empathylint.Draft;
import org.empathylint.Finding;
import org.empathylint.FindingCategory;
import org.empathylint.structure.DraftStructure;
import org.empathylint.structure.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dev corpora's drafts with a quoted original get no findings inside the quoted text, as plain
 * text and as the HTML a mail client would hold for them (each line a div, quotes in a blockquote).
 */
class DevCorpusQuotesTest {
  private static final Path CORPUS = Path.of("..", "..", "shared", "corpus");

  @ParameterizedTest
  @ValueSource(strings = {"dev-nl.yaml", "dev-da.yaml"})
  void noFindingsInsideQuotedText(String file) {
    Path path = CORPUS.resolve(file);
    assumeTrue(Files.isRegularFile(path), "no dev corpus at " + path.toAbsolutePath());
    int quoted = 0;
    for (CorpusCase c : CorpusReader.read(path).cases()) {
      DraftStructure structure = DraftStructure.parse(c.draft());
      List<Span> quotes = quotes(structure);
      if (quotes.isEmpty()) {
        continue;
      }
      quoted++;
      List<Finding> findings = SharedLinters.get(c.language()).check(Draft.of(c.draft(), c.customer())).findings();
      for (Finding f : findings) {
        assertThat(quotes).as("%s: %s at %d", c.id(), f.ruleId(), f.offset())
            .noneMatch(q -> f.offset() < q.end() && f.endOffset() > q.start());
      }
      checkAsHtml(c, structure, findings);
    }
    assertThat(quoted).as("drafts with a quoted original in " + file).isPositive();
  }

  /** The quoted parts: what is excluded, less the agent's own closing. */
  private static List<Span> quotes(DraftStructure structure) {
    List<Span> quotes = new ArrayList<>(structure.excluded());
    structure.closing().ifPresent(quotes::remove);
    return quotes;
  }

  /**
   * The same draft as HTML with the quoted history in a blockquote: nothing inside it is flagged,
   * and the agent's words get the same findings as in plain text.
   */
  private static void checkAsHtml(CorpusCase c, DraftStructure structure, List<Finding> plainFindings) {
    int quoteStart = structure.quote().orElseThrow().start();
    String html = asHtml(c.draft().substring(0, quoteStart)) + "<blockquote type=\"cite\">"
        + asHtml(c.draft().substring(quoteStart)) + "</blockquote>";
    int blockquote = html.indexOf("<blockquote");
    List<Finding> findings =
        SharedLinters.get(c.language()).check(Draft.html(html).withCustomerMessage(c.customer())).findings();
    for (Finding f : findings) {
      assertThat(f.endOffset()).as("%s as HTML: %s", c.id(), f.ruleId()).isLessThanOrEqualTo(blockquote);
    }
    assertThat(spanFindings(findings, html)).as(c.id())
        .isEqualTo(spanFindings(plainFindings, c.draft()));
  }

  /** Span findings as "RULE:words", with the source's tags dropped and entities decoded. */
  private static List<String> spanFindings(List<Finding> findings, String source) {
    return findings.stream().filter(f -> f.category().scope() == FindingCategory.Scope.SPAN)
        .map(f -> f.ruleId() + ":" + MailDraftsTest.described(f, source)).toList();
  }

  private static String asHtml(String text) {
    StringBuilder html = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      String escaped = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
      html.append(escaped.isBlank() ? "<div><br></div>\n" : "<div>" + escaped + "</div>\n");
    }
    return html.toString();
  }
}
