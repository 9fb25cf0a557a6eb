package org.empathylint.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  @Test
  void aBareBlockquoteIsQuotedHistoryAndAgentTextAfterItStaysTheAgents() {
    String html = "<p>Hej Bo</p><p>Her er mit svar.</p><blockquote><p>Min ticket er væk.</p>"
        + "<blockquote>Ældre ticket</blockquote></blockquote><p>Og her svarer jeg igen.</p>"
        + "<p>Venlig hilsen<br>Mette</p>";
    HtmlDraft draft = HtmlDraft.parse(html);
    assertThat(agentWords(html)).isEqualTo("Hej Bo\n\nHer er mit svar.\n\n|Og her svarer jeg igen.\n\n|");
    assertThat(draft.quotedMessage()).contains("Min ticket er væk.");
  }

  @Test
  void aSignatureAfterADashDashLineIsNotTheAgents() {
    String html = "<div>Hej Bo</div><div>Din ticket er lukket.</div><div>-- </div><div>Mette, ticket-teamet</div>";
    assertThat(agentWords(html)).isEqualTo("Hej Bo\n\nDin ticket er lukket.\n\n|");
  }

  @Test
  void signatureContainersAreNotTheAgentsWords() {
    String html = "<p>Hej Bo</p><p>Tak for din besked.</p>"
        + "<div class=\"moz-signature\">Mette<br>Din ticket, vores sag</div>";
    assertThat(agentWords(html)).isEqualTo("Hej Bo\n\nTak for din besked.\n\n|");
  }

  @Test
  void outlookHeaderBlockStartsHistoryToTheEnd() {
    String html = "<p>Hej Bo</p><p>Tak for din besked.</p>"
        + "<div style=\"border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
        + "<p><b>Fra:</b> Bo Nielsen &lt;bo@example.dk&gt;<br><b>Sendt:</b> 3. marts 2026 14:12<br>"
        + "<b>Emne:</b> Pakke</p></div><p>Hej</p><p>Min pakke er væk.</p><p>Bo</p>";
    HtmlDraft draft = HtmlDraft.parse(html);
    assertThat(agentWords(html)).isEqualTo("Hej Bo\n\nTak for din besked.\n\n|");
    assertThat(draft.quoteAuthorName()).contains("Bo Nielsen");
    assertThat(draft.quotedMessage()).hasValueSatisfying(m -> assertThat(m).contains("Min pakke er væk."));
  }

  @Test
  void aBorderedDivWithoutHeaderFieldsIsNotHistory() {
    String html = "<p>Hej Bo</p><div style=\"border-top:solid red 1pt\">Din pakke kommer i morgen.</div>";
    assertThat(agentWords(html)).isEqualTo("Hej Bo\n\nDin pakke kommer i morgen.");
  }

  @Test
  void oddEntitiesAndBrokenMarkupStillMapOntoTheSource() {
    String html = "<div>Tom &amp; Jerry &foo; a & b &#233 &#x20AC;5 caf&eacute;<b>s<i>x</b>y</i></div></span></div>";
    HtmlDraft draft = HtmlDraft.parse(html);
    assertThat(draft.plainText()).isEqualTo("Tom & Jerry &foo; a & b é €5 cafésxy");
    int pos = 0;
    for (HtmlPiece piece : draft.pieces()) {
      assertThat(piece.source().start()).isEqualTo(pos);
      pos = piece.source().end();
    }
    assertThat(pos).isEqualTo(html.length());
  }

  @Test
  void emptyAndNullReadAsNoWords() {
    assertThat(HtmlDraft.parse(null).pieces()).isEmpty();
    assertThat(HtmlDraft.parse("").plainText()).isEmpty();
    assertThat(HtmlDraft.parse("<html><head><title>x</title></head><body></body></html>").plainText()).isEmpty();
  }

  @Test
  void preformattedTextKeepsItsLinesAndInvisibleThingsReadAsNothing() {
    String html = "<p>ge&shy;escaleerd ti&#8203;cket</p><div style=\"display: none\">preheader</div>"
        + "<pre>regel een\n  regel twee</pre>";
    assertThat(HtmlDraft.parse(html).plainText()).isEqualTo("geescaleerd ticket\n\nregel een\n  regel twee");
  }

  @Test
  void thunderbirdQuotesPlainTextInAPre() {
    String html = "<p>Hej Ida</p><p>Tak for din besked.</p><div class=\"moz-cite-prefix\">Den 03.03.2026"
        + " kl. 14:12 skrev Ida Schmidt:<br></div><blockquote type=\"cite\"><pre class=\"moz-quote-pre\">"
        + "Hej\n\nMin pakke er væk.\n\nMvh\nIda</pre></blockquote>";
    HtmlDraft draft = HtmlDraft.parse(html);
    assertThat(draft.quoteAuthorName()).contains("Ida Schmidt");
    assertThat(draft.quotedMessage()).contains("Hej\n\nMin pakke er væk.\n\nMvh\nIda");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<blockquote>", "<blockquote type=\"cite\">", "<div class=\"gmail_quote\">",
      "<div class=\"moz-cite-prefix\">", "<div class=\"yahoo_quoted\">", "<div id=\"divRplyFwdMsg\">",
      "<div id=\"mail-editor-reference-message-container\">", "<div class=\"OutlookMessageHeader\">",
      "<div class=\"gmail_signature\">", "<div class=\"moz-signature\">", "<div id=\"Signature\">",
      "<pre class=\"moz-signature\">", "<div data-smartmail=\"gmail_signature\">"})
  void everyQuoteAndSignatureContainerIsLeftOut(String container) {
    String html = "<p>Hej Bo</p><p>Tak for din besked.</p>" + container + "Fra: Bo<br>Min ticket er væk.</"
        + container.substring(1, container.indexOf(container.contains(" ") ? ' ' : '>')) + ">";
    assertThat(agentWords(html)).isEqualTo("Hej Bo\n\nTak for din besked.\n\n|");
  }
}
