package org.empathylint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.empathylint.structure.Span;
import org.junit.jupiter.api.Test;

class QuotationsTest {

  @Test
  void aLongQuotationIsFoundWithItsMarks() {
    String text = "De wet zegt: “De ondernemer betaalt alle betalingen onverwijld doch binnen veertien dagen terug.” Zo doen wij dat.";
    assertThat(Quotations.in(text)).containsExactly(
        new Quotations.Quote(new Span(text.indexOf('“'), text.indexOf('”') + 1), true));
  }

  @Test
  void aShortQuotationIsFoundAsShort() {
    String status = "Uw bestelling staat op “in behandeling”, dus wij zijn ermee bezig.";
    assertThat(Quotations.in(status)).containsExactly(
        new Quotations.Quote(new Span(status.indexOf('“'), status.indexOf('”') + 1), false));
    String buttons = "Klik op \"Opzeggen\" en daarna op \"Bevestigen\" om uw abonnement te stoppen.";
    assertThat(Quotations.in(buttons)).extracting(q -> buttons.substring(q.span().start(), q.span().end()))
        .containsExactly("\"Opzeggen\"", "\"Bevestigen\"");
    assertThat(Quotations.in(buttons)).noneMatch(Quotations.Quote::longQuote);
  }

  @Test
  void anApostropheDoesNotCloseASingleQuote() {
    String text = "‘Alle auto’s worden binnen vijf werkdagen na de melding kosteloos opgehaald en gerepareerd’, staat er.";
    assertThat(Quotations.in(text)).containsExactly(new Quotations.Quote(new Span(0, text.indexOf("’,") + 1), true));
  }

  @Test
  void anUnclosedQuoteIsNoQuotation() {
    assertThat(Quotations.in("Hij zei “dat het pakket morgen komt en dat we niets hoeven te doen.")).isEmpty();
  }

  @Test
  void aProvisionIntroducedWithAColonIsQuotedUpToTheBlankLine() {
    String text = "Vores regler følger overenskomsten:\n\n§ 7 Afbud\nAfbud skal så vidt muligt meddeles dagen før.\n\n"
        + "Melder du afbud for sent, sender vi en regning.";
    int start = text.indexOf('§');
    assertThat(Quotations.in(text)).containsExactly(
        new Quotations.Quote(new Span(start, text.indexOf("\n\nMelder")), true));
    assertThat(Quotations.in("Artikel 5 Betaling\nDe huur wordt vooraf voldaan.")).as("no colon before it: the writer's own terms")
        .isEmpty();
  }
}
