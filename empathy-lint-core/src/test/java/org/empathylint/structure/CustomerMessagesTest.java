package org.empathylint.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerMessagesTest {

  static Stream<Arguments> signedMessages() {
    return Stream.of(
        Arguments.of("Hallo,\nDe sneakers zijn te klein.\nGroet, Daan", "Daan"),
        Arguments.of("Goedemiddag,\n\nMijn pakket is beschadigd.\n\nMet vriendelijke groet,\n\nPeter Visser",
            "Peter Visser"),
        Arguments.of("Beste,\nIk wil mijn abonnement opzeggen.\nMvg,\nG. Brouwer", "G. Brouwer"),
        Arguments.of("Hoi!\nWanneer komt mijn bestelling?\nGroetjes,\nLotte", "Lotte"),
        Arguments.of("Geachte heer, mevrouw,\n\nHierbij maak ik bezwaar tegen de factuur.\n\nHoogachtend,\n\n"
            + "F. Jacobs\nKerkstraat 12\n3512 AB Utrecht", "F. Jacobs"),
        Arguments.of("Hej\n\nVores vaskemaskine virker ikke.\n\nVenlig hilsen\nRune og Ida Schmidt",
            "Rune og Ida Schmidt"),
        Arguments.of("Goedendag,\nDe verwarming is weer kapot.\nMet vriendelijke groet,\nRuben en Iris Schouten",
            "Ruben en Iris Schouten"),
        Arguments.of("Hej\nHvornår kommer min pakke?\nMvh Frederik", "Frederik"),
        Arguments.of("Hej med jer\nKan jeg bytte min jakke?\nHilsen Sofie", "Sofie"),
        Arguments.of("Hej\nTak for hjælpen sidst.\nKh\nMette", "Mette"),
        Arguments.of("Yo, mijn code werkt niet.\nThnx,\nBram", "Bram"),
        Arguments.of("Dag,\nGraag een nieuwe pas.\nGroeten van Lotte", "Lotte"),
        Arguments.of("Hello,\nMy order never arrived.\nBest regards,\nJohn Doe\nAcme Ltd\n+44 20 7946 0000",
            "John Doe"),
        Arguments.of("Hallo,\nIk heb een vraag over mijn polis.\nMet vriendelijke groet,\nAhmed el Amrani",
            "Ahmed el Amrani"),
        Arguments.of("Hallo,\n\nIk wacht nog steeds op mijn geld.\n\nGroet,\nYara van der Berg\n", "Yara van der Berg"));
  }

  @ParameterizedTest
  @MethodSource("signedMessages")
  void nameAfterTheSignOff(String message, String name) {
    assertThat(CustomerMessages.signatureName(message)).contains(name);
  }

  @Test
  void unsignedNameOnTheLastLine() {
    assertThat(CustomerMessages.signatureName("Ik wil mijn jas ruilen voor een maat groter.\nAnouk Smit"))
        .contains("Anouk Smit");
  }

  @Test
  void unsignedNameAboveContactLines() {
    String message = "Kunnen jullie mij terugbellen?\n\nPeter Visser\n06-12345678\npeter.visser@example.nl";

    assertThat(CustomerMessages.signatureName(message)).contains("Peter Visser");
  }

  @Test
  void nameAfterSignatureDelimiter() {
    String message = "Please call me back.\n\n-- \nJohn Doe\nAcme Ltd\n";

    assertThat(CustomerMessages.signatureName(message)).contains("John Doe");
  }

  @Test
  void phoneFooterIsIgnored() {
    String message = "Waar blijft mijn pakket?\n\nGroet,\nDaan\n\nVerzonden vanaf mijn iPhone";
    String danish = "Hvor er min pakke?\nMvh\nBo\n\nSendt fra min iPhone";

    assertThat(CustomerMessages.signatureName(message)).contains("Daan");
    assertThat(CustomerMessages.signatureName(danish)).contains("Bo");
  }

  @Test
  void quotedHistoryBelowTheMessageIsIgnored() {
    String message = """
        Hoi,
        Ik wacht nog steeds op antwoord.
        Groet, Bram

        Op 1 mrt. 2026 om 09:00 schreef Team Stapvoets <info@stapvoets.example.nl>:
        > Hoi Bram,
        > We kijken ernaar.
        > Groet,
        > Yara
        """;

    assertThat(CustomerMessages.signatureName(message)).contains("Bram");
  }

  @Test
  void crlfMessage() {
    assertThat(CustomerMessages.signatureName("Hallo,\r\nDe deur klemt.\r\n\r\nGroetjes,\r\nIris\r\n"))
        .contains("Iris");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Waar blijft mijn pakket?", "Hallo,\nik wacht al twee weken", "Groet,", "Met vriendelijke groet,\n",
      "Bedankt!", "Alvast bedankt", "Hallo,", "Hej\nHvor er min pakke?\nMvh", "> Groet, Daan",
      "Hallo Klantenservice", "Graag zo snel mogelijk antwoord.\nGroetjes,\nlotte"})
  void noNameWhenUnsigned(String message) {
    assertThat(CustomerMessages.signatureName(message)).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  void noNameForNothing(String message) {
    assertThat(CustomerMessages.signatureName(message)).isEmpty();
  }

  @Test
  void nameFromQuotedMessageOfADraft() {
    String draft = """
        Kære Mette

        Vi har sendt en ny faktura.

        Med venlig hilsen
        Kundeservice

        Den 3. marts 2026 kl. 14.12 skrev Mette Hansen <mette.hansen@example.dk>:
        > Hej
        > Min faktura er forkert.
        > Venlig hilsen
        > Mette Hansen
        """;

    assertThat(DraftStructure.parse(draft).quotedMessage().flatMap(CustomerMessages::signatureName))
        .contains("Mette Hansen");
  }
}
