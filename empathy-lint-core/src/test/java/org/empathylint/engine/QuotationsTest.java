package org.empathylint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.empathylint.structure.Span;
import org.junit.jupiter.api.Test;

class QuotationsTest {

  @Test
  void aLongQuotationIsFoundWithItsMarks() {
    String text = "De wet zegt: “De ondernemer betaalt alle betalingen onverwijld doch binnen veertien dagen terug.” Zo doen wij dat.";
    assertThat(Quotations.in(text)).containsExactly(new Span(text.indexOf('“'), text.indexOf('”') + 1));
  }

  @Test
  void aShortQuotationStaysTheWritersWording() {
    assertThat(Quotations.in("Uw bestelling staat op “in behandeling”, dus wij zijn ermee bezig.")).isEmpty();
    assertThat(Quotations.in("Klik op \"Opzeggen\" en daarna op \"Bevestigen\" om uw abonnement te stoppen.")).isEmpty();
  }

  @Test
  void anApostropheDoesNotCloseASingleQuote() {
    String text = "‘Alle auto’s worden binnen vijf werkdagen na de melding kosteloos opgehaald en gerepareerd’, staat er.";
    assertThat(Quotations.in(text)).containsExactly(new Span(0, text.indexOf("’,") + 1));
  }

  @Test
  void anUnclosedQuoteIsNoQuotation() {
    assertThat(Quotations.in("Hij zei “dat het pakket morgen komt en dat we niets hoeven te doen.")).isEmpty();
  }
}
