package org.empathylint.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlDraftTest {

  /** What LanguageTool reads of the agent's words: lintable pieces, the rest as one "|". */
  private static String agentWords(String html) {
    StringBuilder out = new StringBuilder();
    boolean hidden = false;
    for (HtmlPiece piece : HtmlDraft.parse(html).pieces()) {
      if (piece.lintable()) {
        out.append(piece.plain());
        hidden = false;
      } else if (!piece.plain().isBlank() && !hidden) {
        out.append('|');
        hidden = true;
      } else if (!hidden) {
        out.append(piece.plain());
      }
    }
    return out.toString().strip();
  }

  @Test
  void piecesCoverTheSourceInOrder() {
    String html = "<p>Hej <b>Bo</b>&nbsp;og&#235;</p><!-- x --><script>var a;</script><p>b</p>";
    List<HtmlPiece> pieces = HtmlDraft.parse(html).pieces();
    int pos = 0;
    for (HtmlPiece piece : pieces) {
      assertThat(piece.source().start()).isEqualTo(pos);
      pos = piece.source().end();
    }
    assertThat(pos).isEqualTo(html.length());
  }

  @Test
  void decodesEntitiesCollapsesWhitespaceAndBreaksBlocks() {
    String html = "<html><head><style>p{}</style><title>T</title></head><body>"
        + "<p>Uw vraag is\n   ge<i>&euml;</i>scaleerd&nbsp;naar&#32;ons.</p>"
        + "<ul><li>een</li><li>twee</li></ul><table><tr><td>a</td><td>b</td></tr></table>"
        + "regel<br>volgende<!-- niet --></body></html>";
    assertThat(HtmlDraft.parse(html).plainText()).isEqualTo(
        "Uw vraag is geëscaleerd naar ons.\n\neen\n\ntwee\n\na\n\nb\n\nregel\nvolgende");
  }

  @Test
  void gmailQuoteAndSignatureAreNotTheAgentsWords() {
    String html = """
        <div dir="ltr"><div>Beste Anouk,</div><div><br></div><div>Uw ticket is bekeken.</div>
        <div><br></div><div>Met vriendelijke groet,</div><div>Sanne</div><div><br></div>
        <span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">
        Sanne de Vries<br>Klantenservice</div></div><br><div class="gmail_quote">
        <div dir="ltr" class="gmail_attr">Op di 3 mrt 2026 om 14:12 schreef Anouk Smit &lt;<a
        href="mailto:anouk@example.nl">anouk@example.nl</a>&gt;:<br></div>
        <blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex">Hallo,<br><br>
        Mijn pakket is kwijt en ik ben er echt klaar mee.<br><br>Groet,<br>Anouk</blockquote></div>
        """;
    HtmlDraft draft = HtmlDraft.parse(html);
    assertThat(agentWords(html)).isEqualTo("Beste Anouk,\n\nUw ticket is bekeken.\n\n|");
    assertThat(draft.quoteAuthorName()).contains("Anouk Smit");
    assertThat(draft.quotedMessage()).hasValueSatisfying(m -> assertThat(m)
        .contains("Mijn pakket is kwijt").doesNotContain("schreef").doesNotContain(">"));
  }
}
