package org.empathylint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HTML drafts end to end on the test pack: the same findings as plain text, at source offsets. */
class HtmlLintTest {
  private static EmpathyLinter linter;

  @BeforeAll
  static void build() {
    linter = EmpathyLinter.builder("da").build();
  }

  /** Each finding as "RULE:words", the words read from the source range as a reader sees them. */
  private static List<String> flagged(Draft draft) {
    return linter.check(draft).findings().stream()
        .map(f -> f.ruleId() + ":" + HtmlOffsetsPropertyTest.shown(f.flaggedText(draft)))
        .toList();
  }

  @Test
  void anHtmlDraftGetsTheFindingsOfItsPlainTextAtSourceOffsets() {
    String plain = "Kære kunde\n\nDin ticket er eskaleret. Jeg har oprettet en ticket mere.\n\n"
        + "Venlig hilsen\nSupport\n\nDen 3. marts 2026 kl. 14.12 skrev Bo Nielsen <bo@example.dk>:\n"
        + "> Kære kundeservice, min ticket er væk.\n> Hilsen Bo Nielsen\n";
    String html = "<div>K&aelig;re <b>kunde</b></div><div><br></div><div>Din <i>ticket</i> er "
        + "eska<u>le</u>ret. Jeg har oprettet en ti&#99;ket&nbsp;mere.</div><div><br></div>"
        + "<div>Venlig hilsen<br>Support</div><div class=\"gmail_quote\"><div class=\"gmail_attr\">"
        + "Den 3. marts 2026 kl. 14.12 skrev Bo Nielsen &lt;bo@example.dk&gt;:<br></div>"
        + "<blockquote class=\"gmail_quote\">Kære kundeservice, min ticket er væk.<br>Hilsen Bo Nielsen"
        + "</blockquote></div>";

    assertThat(flagged(Draft.html(html))).isEqualTo(flagged(Draft.of(plain))).containsExactly(
        "TEST_DEAR_CUSTOMER:Kære kunde",
        "EMPATHY_DA_MISSING_ACKNOWLEDGEMENT:Din",
        "TEST_TICKET:ticket",
        "TEST_ESCALATE:eskaleret",
        "TEST_TICKET:ticket");
    Finding address = linter.check(Draft.html(html)).findings().get(0);
    assertThat(address.offset()).isEqualTo(5);
    assertThat(address.suggestions()).containsExactly("Kære Bo Nielsen", "Hej");
  }

  @Test
  void invisibleCharactersInHtmlTextOrAsEntitiesHideNoFinding() {
    String html = "<p>K&aelig;re kunde</p><p>Din &rlm;ticket er \u200Feska&shy;leret. Jeg har oprettet en"
        + " tic&#x200D;ket mere.</p>";

    assertThat(flagged(Draft.html(html))).containsExactly(
        "TEST_DEAR_CUSTOMER:Kære kunde",
        "EMPATHY_DA_MISSING_ACKNOWLEDGEMENT:Din",
        "TEST_TICKET:ticket",
        "TEST_ESCALATE:eska\u00ADleret",
        "TEST_TICKET:tic\u200Dket");
  }

  @Test
  void theSalutationRuleReadsOnlyTheSalutation() {
    String plain = "Hej Bo\n\nKære kunde, tak for din besked.\n";
    String html = "<p>Hej Bo</p><p>Kære kunde, tak for din besked.</p>";
    assertThat(flagged(Draft.of(plain))).isEmpty();
    assertThat(flagged(Draft.html(html))).isEmpty();
  }

  @Test
  void acknowledgementRulesReadTheBodyInOrderAcrossBlocks() {
    String html = "<p>Hej Bo</p><ul><li>Send os dit ordrenummer.</li><li>Jeg forstår godt, at du er"
        + " træt af det.</li></ul><p>Venlig hilsen<br>Mette</p>";
    assertThat(flagged(Draft.html(html))).containsExactly("EMPATHY_DA_LATE_ACKNOWLEDGEMENT:Send");
  }

  @Test
  void phraseRulesNeverFireInSignatureOrQuoteButTheQuoteShowsDistress() {
    String html = "<p>Kære kunde</p><p>Vi har lukket kontoen.</p>"
        + "<div class=\"moz-signature\">-- <br>Mette, ticket-teamet, eskaleret support</div>"
        + "<div class=\"moz-cite-prefix\">Den 03.03.2026 kl. 14:12 skrev Karin Holm:<br></div>"
        + "<blockquote type=\"cite\">Kære kunde, min mor døde. Hendes ticket er eskaleret.<br>"
        + "Hilsen Karin Holm</blockquote>";
    List<Finding> findings = linter.check(Draft.html(html)).findings();
    assertThat(findings).extracting(Finding::ruleId)
        .containsExactly("TEST_DEAR_CUSTOMER", "EMPATHY_DA_MISSING_ACKNOWLEDGEMENT");
    assertThat(findings.get(0).suggestions()).contains("Kære Karin Holm");
    assertThat(findings.get(1).suggestions()).allMatch(s -> s.startsWith("Det er jeg ked af at høre."));
  }

  @Test
  void aGivenCustomerMessageWinsOverTheQuotedOne() {
    String html = "<p>Kære kunde</p><p>Tak for din besked.</p>"
        + "<blockquote type=\"cite\">Hej<br>Hilsen Karin Holm</blockquote>";
    Finding address = linter.check(Draft.html(html).withCustomerMessage("Hej\nHilsen Ole Berg"))
        .findings().get(0);
    assertThat(address.suggestions()).contains("Kære Ole Berg");
  }
}
