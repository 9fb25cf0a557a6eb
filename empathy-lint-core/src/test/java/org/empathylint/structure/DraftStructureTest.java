package org.empathylint.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DraftStructureTest {

  private static final String GMAIL_NL = """
      Hoi Daan,

      Bedankt voor je mail, en vervelend dat de sneakers te klein vallen. Je kunt ze gewoon omruilen.

      Fijne dag!

      Groet,
      Yara
      Team Stapvoets

      Op 3 maart 2026 om 14:12 schreef Daan Hoekstra <daan.hoekstra@example.nl>:
      > Hallo,
      > Ik heb de sneakers in maat 43 ontvangen, maar ze zijn te klein. Indien mogelijk wil ik ze ruilen.
      > Groet, Daan
      """;

  private static final String OUTLOOK_NL = """
      Geachte heer, mevrouw,

      Hartelijk dank voor uw bericht over de schade aan uw auto. Wij hebben uw melding in behandeling genomen.
      U hoort binnen vijf werkdagen van ons.

      Met vriendelijke groet,

      Afdeling Schade
      Verzekeraar NV
      Tel. 020 123 4567

      -----Oorspronkelijk bericht-----
      Van: Ahmed el Amrani <ahmed.elamrani@example.nl>
      Verzonden: dinsdag 3 maart 2026 14:12
      Aan: schade@verzekeraar.example.nl
      Onderwerp: Schademelding kenteken AB-123-C

      Goedemiddag,

      Op 1 maart is mijn auto aangereden op de parkeerplaats. Hoe kan ik dit melden?

      Met vriendelijke groet,
      Ahmed el Amrani
      """;

  private static final String OUTLOOK_DA_NO_SEPARATOR = """
      Kære Mette

      Tak for din henvendelse. Vi har kigget på din faktura, og du har ret: beløbet var for højt.
      Vi sender en ny faktura i dag.

      Med venlig hilsen
      Kundeservice
      Elselskabet A/S

      Fra: Mette Hansen <mette.hansen@example.dk>
      Sendt: 3. marts 2026 14:12
      Til: kundeservice@elselskabet.example.dk
      Emne: Forkert faktura

      Hej

      Min faktura for februar er alt for høj. Kan I tjekke det?

      Venlig hilsen
      Mette
      """;

  private static final String GMAIL_DA = """
      Hej Mette,

      Undskyld ventetiden. Din pakke blev sendt i går, og du får den i morgen.

      Mvh
      Sofie
      Kundeservice

      Den 3. marts 2026 kl. 14.12 skrev Mette Hansen <mette.hansen@example.dk>:
      > Hej
      >
      > Hvor bliver min pakke af? Jeg har ventet i to uger.
      >
      > Hilsen Mette
      """;

  private static final String GMAIL_EN_HEADER = """
      Hi John,

      Sorry for the trouble with your kettle. A replacement is on its way.

      Kind regards,
      Emma
      Customer Service

      On Tue, 3 Mar 2026 at 14:12, John Doe <john.doe@example.com> wrote:
      > Hello,
      > My kettle stopped working after two days.
      > Thanks,
      > John
      """;

  private static final String INLINE_REPLY = """
      Hoi Daan,

      > Kan ik de sneakers ruilen voor maat 44?
      Ja, dat kan. Stuur ze terug met het retourlabel.

      > Hoe lang duurt dat?
      Meestal binnen drie werkdagen.

      Groet,
      Yara
      """;

  private static DraftStructure parse(String text) {
    return DraftStructure.parse(text);
  }

  private static List<String> texts(DraftStructure structure, List<Span> spans) {
    return spans.stream().map(span -> span.of(structure.text())).toList();
  }

  private static Optional<String> text(DraftStructure structure, Optional<Span> span) {
    return span.map(s -> s.of(structure.text()));
  }

  @Nested
  class Gmail {

    @Test
    void splitsTypicalDutchDraft() {
      DraftStructure d = parse(GMAIL_NL);

      assertThat(text(d, d.salutation())).contains("Hoi Daan,");
      assertThat(d.body().of(GMAIL_NL)).isEqualTo("""
          Bedankt voor je mail, en vervelend dat de sneakers te klein vallen. Je kunt ze gewoon omruilen.

          Fijne dag!""");
      assertThat(text(d, d.closing())).contains("Groet,\nYara\nTeam Stapvoets");
      assertThat(text(d, d.quote())).hasValueSatisfying(quote -> assertThat(quote)
          .startsWith("Op 3 maart 2026 om 14:12 schreef")
          .endsWith("> Groet, Daan"));
    }

    @Test
    void readsAuthorAndMessageFromDutchQuote() {
      DraftStructure d = parse(GMAIL_NL);

      assertThat(d.quoteAuthorName()).contains("Daan Hoekstra");
      assertThat(d.quotedMessage()).contains("""
          Hallo,
          Ik heb de sneakers in maat 43 ontvangen, maar ze zijn te klein. Indien mogelijk wil ik ze ruilen.
          Groet, Daan""");
      assertThat(d.quotedMessage().flatMap(CustomerMessages::signatureName)).contains("Daan");
    }

    @Test
    void lintableAndExcludedListThePartsInOrder() {
      DraftStructure d = parse(GMAIL_NL);

      assertThat(d.lintable()).containsExactly(d.salutation().orElseThrow(), d.body());
      assertThat(d.excluded()).containsExactly(d.closing().orElseThrow(), d.quote().orElseThrow());
    }

    @Test
    void danishHeaderAndQuote() {
      DraftStructure d = parse(GMAIL_DA);

      assertThat(text(d, d.salutation())).contains("Hej Mette,");
      assertThat(d.body().of(GMAIL_DA))
          .isEqualTo("Undskyld ventetiden. Din pakke blev sendt i går, og du får den i morgen.");
      assertThat(text(d, d.closing())).contains("Mvh\nSofie\nKundeservice");
      assertThat(d.quoteAuthorName()).contains("Mette Hansen");
      assertThat(d.quotedMessage())
          .contains("Hej\n\nHvor bliver min pakke af? Jeg har ventet i to uger.\n\nHilsen Mette");
    }

    @Test
    void englishHeaderWithCommaBeforeName() {
      DraftStructure d = parse(GMAIL_EN_HEADER);

      assertThat(text(d, d.closing())).contains("Kind regards,\nEmma\nCustomer Service");
      assertThat(d.quoteAuthorName()).contains("John Doe");
      assertThat(d.quotedMessage())
          .contains("Hello,\nMy kettle stopped working after two days.\nThanks,\nJohn");
    }

    @Test
    void englishUsHeaderWithTwelveHourClock() {
      String draft = """
          Hi Amy,

          Your refund has been processed.

          Best,
          Tom

          On Tue, Mar 3, 2026 at 2:12 PM Amy Johnson <amy.johnson@example.com> wrote:
          > Where is my refund?
          """;
      DraftStructure d = parse(draft);

      assertThat(text(d, d.closing())).contains("Best,\nTom");
      assertThat(d.quoteAuthorName()).contains("Amy Johnson");
      assertThat(d.quotedMessage()).contains("Where is my refund?");
    }

    @Test
    void headerWrappedInsideTheAddress() {
      String draft = """
          Beste Anouk,

          Je abonnement is per 1 april opgezegd.

          Met vriendelijke groet,
          Klantenservice Lezersclub

          Op di 3 mrt 2026 om 14:12 schreef Anouk Smit <
          anouk.smit@example.nl>:
          > Graag wil ik mijn abonnement opzeggen.
          """;
      DraftStructure d = parse(draft);

      assertThat(text(d, d.quote())).hasValueSatisfying(q -> assertThat(q)
          .startsWith("Op di 3 mrt 2026 om 14:12 schreef Anouk Smit <\nanouk.smit"));
      assertThat(d.quoteAuthorName()).contains("Anouk Smit");
      assertThat(d.quotedMessage()).contains("Graag wil ik mijn abonnement opzeggen.");
    }

    @Test
    void headerWrappedBeforeTheName() {
      String draft = """
          Hej Mette

          Vi har rettet din adresse.

          Venlig hilsen
          Jonas

          Den tir. 3. mar. 2026 kl. 14.12 skrev
          Mette Hansen <mette.hansen@example.dk>:
          > Min adresse er forkert.
          """;
      DraftStructure d = parse(draft);

      assertThat(text(d, d.closing())).contains("Venlig hilsen\nJonas");
      assertThat(d.quoteAuthorName()).contains("Mette Hansen");
      assertThat(d.quotedMessage()).contains("Min adresse er forkert.");
    }

    @Test
    void olderHistoryInsideTheQuoteIsNotTheCustomersMessage() {
      String draft = """
          Hoi Daan,

          Wat vervelend! We sturen je meteen een nieuw paar.

          Groet,
          Yara

          Op 5 mrt. 2026 om 10:02 schreef Daan Hoekstra <daan.hoekstra@example.nl>:
          > Hallo,
          > De nieuwe maat klopt nog steeds niet.
          > Groet, Daan
          >
          > Op 3 mrt. 2026 om 16:30 schreef Team Stapvoets <info@stapvoets.example.nl>:
          > > Hoi Daan, je kunt ze gewoon ruilen.
          """;
      DraftStructure d = parse(draft);

      assertThat(d.quotedMessage()).contains("Hallo,\nDe nieuwe maat klopt nog steeds niet.\nGroet, Daan");
      assertThat(d.quoteAuthorName()).contains("Daan Hoekstra");
      assertThat(text(d, d.quote())).hasValueSatisfying(q -> assertThat(q).endsWith("gewoon ruilen."));
    }
  }

  @Nested
  class Outlook {

    @Test
    void dutchDashedSeparatorAndHeaderBlock() {
      DraftStructure d = parse(OUTLOOK_NL);

      assertThat(text(d, d.salutation())).contains("Geachte heer, mevrouw,");
      assertThat(d.body().of(OUTLOOK_NL)).isEqualTo("""
          Hartelijk dank voor uw bericht over de schade aan uw auto. Wij hebben uw melding in behandeling genomen.
          U hoort binnen vijf werkdagen van ons.""");
      assertThat(text(d, d.closing()))
          .contains("Met vriendelijke groet,\n\nAfdeling Schade\nVerzekeraar NV\nTel. 020 123 4567");
      assertThat(text(d, d.quote())).hasValueSatisfying(q -> assertThat(q)
          .startsWith("-----Oorspronkelijk bericht-----\nVan: Ahmed")
          .endsWith("Ahmed el Amrani"));
    }

    @Test
    void dutchQuoteWithoutHeaderFields() {
      DraftStructure d = parse(OUTLOOK_NL);

      assertThat(d.quoteAuthorName()).contains("Ahmed el Amrani");
      assertThat(d.quotedMessage()).contains("""
          Goedemiddag,

          Op 1 maart is mijn auto aangereden op de parkeerplaats. Hoe kan ik dit melden?

          Met vriendelijke groet,
          Ahmed el Amrani""");
    }

    @Test
    void danishHeaderBlockWithoutSeparator() {
      DraftStructure d = parse(OUTLOOK_DA_NO_SEPARATOR);

      assertThat(text(d, d.salutation())).contains("Kære Mette");
      assertThat(d.body().of(OUTLOOK_DA_NO_SEPARATOR)).startsWith("Tak for din henvendelse.")
          .endsWith("Vi sender en ny faktura i dag.");
      assertThat(text(d, d.closing())).contains("Med venlig hilsen\nKundeservice\nElselskabet A/S");
      assertThat(text(d, d.quote())).hasValueSatisfying(q -> assertThat(q)
          .startsWith("Fra: Mette Hansen").endsWith("Venlig hilsen\nMette"));
      assertThat(d.quoteAuthorName()).contains("Mette Hansen");
      assertThat(d.quotedMessage())
          .contains("Hej\n\nMin faktura for februar er alt for høj. Kan I tjekke det?\n\nVenlig hilsen\nMette");
    }

    @Test
    void englishOriginalMessageWithQuotedDisplayName() {
      String draft = """
          Dear Mr Doe,

          We have cancelled order 10023 as requested.

          Yours sincerely,
          Anna Berg
          Webshop Ltd

          -----Original Message-----
          From: "Doe, John" <john.doe@example.com>
          Sent: Tuesday, March 3, 2026 2:12 PM
          To: orders@webshop.example.com
          Subject: Cancel order 10023

          Please cancel my order.
          """;
      DraftStructure d = parse(draft);

      assertThat(text(d, d.salutation())).contains("Dear Mr Doe,");
      assertThat(text(d, d.closing())).contains("Yours sincerely,\nAnna Berg\nWebshop Ltd");
      assertThat(d.quoteAuthorName()).contains("Doe, John");
      assertThat(d.quotedMessage()).contains("Please cancel my order.");
    }

    @Test
    void outlookWebUnderscoreRule() {
      String draft = """
          Hi Sarah,

          I've reset your password.

          Regards,
          Mark

          ________________________________
          From: Sarah Lee <sarah.lee@example.com>
          Sent: Tuesday, March 3, 2026 14:12
          To: Support <support@example.com>
          Subject: Locked out

          I can't log in anymore.
          """;
      DraftStructure d = parse(draft);

      assertThat(text(d, d.closing())).contains("Regards,\nMark");
      assertThat(text(d, d.quote())).hasValueSatisfying(q -> assertThat(q).startsWith("______"));
      assertThat(d.quoteAuthorName()).contains("Sarah Lee");
      assertThat(d.quotedMessage()).contains("I can't log in anymore.");
    }

    @Test
    void senderWithOnlyAnAddressHasNoName() {
      String draft = """
          Beste klant,

          Uw bestelling is onderweg.

          Met vriendelijke groet,
          Webwinkel

          Van: klant1234@example.nl
          Verzonden: maandag 2 maart 2026 09:15
          Aan: info@webwinkel.example.nl
          Onderwerp: Bestelling

          Waar blijft mijn bestelling?
          """;
      DraftStructure d = parse(draft);

      assertThat(d.quote()).isPresent();
      assertThat(d.quoteAuthorName()).isEmpty();
      assertThat(d.quotedMessage()).contains("Waar blijft mijn bestelling?");
    }
  }

  @Nested
  class OtherClients {

    @Test
    void appleMailDutchHeader() {
      String draft = """
          Hallo Anouk,

          Je nieuwe pas is onderweg.

          Hartelijke groeten,
          Sem

          Op 3 mrt. 2026, om 14:12 heeft Anouk Smit <anouk.smit@example.nl> het volgende geschreven:

          > Mijn pas is gestolen.
          """;
      DraftStructure d = parse(draft);

      assertThat(text(d, d.closing())).contains("Hartelijke groeten,\nSem");
      assertThat(text(d, d.quote())).hasValueSatisfying(q -> assertThat(q).startsWith("Op 3 mrt. 2026, om"));
      assertThat(d.quoteAuthorName()).contains("Anouk Smit");
      assertThat(d.quotedMessage()).contains("Mijn pas is gestolen.");
    }

    @Test
    void thunderbirdDutchHeaderWithoutAddress() {
      String draft = """
          Beste mevrouw Smit,

          De monteur komt donderdag tussen 8 en 12 uur.

          Vriendelijke groet,
          Planning Warmte & Co

          Op 03-03-2026 om 14:12 schreef Anouk Smit:
          > Mijn cv-ketel doet het niet.
          """;
      DraftStructure d = parse(draft);

      assertThat(text(d, d.closing())).contains("Vriendelijke groet,\nPlanning Warmte & Co");
      assertThat(d.quoteAuthorName()).contains("Anouk Smit");
    }

    @Test
    void thunderbirdDanishHeader() {
      String draft = """
          Hej Bo

          Vi har modtaget din returvare.

          Bedste hilsner
          Line

          Den 03-03-2026 kl. 14:12 skrev Bo Nielsen:
          > Jeg har sendt varen retur.
          """;
      DraftStructure d = parse(draft);

      assertThat(text(d, d.closing())).contains("Bedste hilsner\nLine");
      assertThat(d.quoteAuthorName()).contains("Bo Nielsen");
      assertThat(d.quotedMessage()).contains("Jeg har sendt varen retur.");
    }

    @Test
    void gmailForwardedMessage() {
      String draft = """
          Hi team,

          Can someone pick this up today?

          Thanks,
          Emma

          ---------- Forwarded message ---------
          From: John Doe <john.doe@example.com>
          Date: Tue, 3 Mar 2026 at 14:12
          Subject: Broken kettle
          To: <support@example.com>

          My kettle broke.
          """;
      DraftStructure d = parse(draft);

      assertThat(text(d, d.closing())).contains("Thanks,\nEmma");
      assertThat(d.quoteAuthorName()).contains("John Doe");
      assertThat(d.quotedMessage()).contains("My kettle broke.");
    }

    @Test
    void appleMailDutchForward() {
      String draft = """
          Hoi collega's,

          Zie hieronder.

          Groetjes,
          Lieke

          Begin doorgestuurd bericht:

          Van: Lotte de Vries <lotte.devries@example.nl>
          Onderwerp: Retour
          Datum: 3 maart 2026 om 14:12:00 CET
          Aan: info@example.nl

          Hoi, ik wil mijn jas retour sturen.
          Lotte
          """;
      DraftStructure d = parse(draft);

      assertThat(text(d, d.quote())).hasValueSatisfying(q -> assertThat(q).startsWith("Begin doorgestuurd bericht:"));
      assertThat(d.quoteAuthorName()).contains("Lotte de Vries");
      assertThat(d.quotedMessage()).contains("Hoi, ik wil mijn jas retour sturen.\nLotte");
    }

    @Test
    void danishForward() {
      String draft = """
          Hej Kasper

          Kan du svare kunden?

          Mvh Anne

          ---------- Videresendt meddelelse ----------
          Fra: Bo Nielsen <bo.nielsen@example.dk>
          Dato: 3. mar. 2026 14.12
          Emne: Reklamation
          Til: <service@example.dk>

          Min cykel er gået i stykker.
          """;
      DraftStructure d = parse(draft);

      assertThat(text(d, d.closing())).contains("Mvh Anne");
      assertThat(d.quoteAuthorName()).contains("Bo Nielsen");
      assertThat(d.quotedMessage()).contains("Min cykel er gået i stykker.");
    }
  }

  @Nested
  class Closings {

    @Test
    void signatureDelimiterStartsTheClosing() {
      String draft = "Hoi Lotte,\n\nJe pakket komt morgen.\n\n-- \nYara de Boer\nStapvoets | Klantenservice\n";
      DraftStructure d = parse(draft);

      assertThat(d.body().of(draft)).isEqualTo("Je pakket komt morgen.");
      assertThat(text(d, d.closing())).contains("-- \nYara de Boer\nStapvoets | Klantenservice");
    }

    @Test
    void signOffAboveDelimiterStartsTheClosing() {
      String draft = "Hoi Lotte,\n\nJe pakket komt morgen.\n\nGroet,\nYara\n--\nStapvoets B.V.\nwww.stapvoets.example.nl\n";
      DraftStructure d = parse(draft);

      assertThat(d.body().of(draft)).isEqualTo("Je pakket komt morgen.");
      assertThat(text(d, d.closing()))
          .contains("Groet,\nYara\n--\nStapvoets B.V.\nwww.stapvoets.example.nl");
    }

    @Test
    void nameOnTheSignOffLine() {
      String nl = "Hoi Bram,\n\nHet is geregeld.\n\nGroet, Yara";
      String da = "Hej Sofie\n\nDet er ordnet.\n\nHilsen Mads\nKundeservice";

      assertThat(text(parse(nl), parse(nl).closing())).contains("Groet, Yara");
      assertThat(text(parse(da), parse(da).closing())).contains("Hilsen Mads\nKundeservice");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Met vriendelijke groet,", "Met vriendelijke groeten", "Vriendelijke groet,", "Hartelijke groeten,",
        "Met hartelijke groet", "Groeten,", "Groetjes!", "Met warme groet,", "Sportieve groet,",
        "Zonnige groet,", "Hoogachtend,", "Mvg,", "M.v.g.", "Liefs,", "Veel groeten,", "Venlig hilsen",
        "Med venlig hilsen", "Mvh", "Vh", "Kh", "Kærlig hilsen", "Mange hilsner", "Hilsen",
        "De bedste hilsner", "Varme hilsner", "Sporty hilsner", "Kind regards,", "Best regards,",
        "Regards,", "Best,", "Cheers,", "Sincerely,", "Yours sincerely,"})
    void recognisesSignOffFormulas(String signOff) {
      String draft = "Hoi Sam,\n\nDe reparatie is klaar.\n\n" + signOff + "\nKim\nService Team\n";
      DraftStructure d = parse(draft);

      assertThat(d.body().of(draft)).isEqualTo("De reparatie is klaar.");
      assertThat(text(d, d.closing())).contains(signOff + "\nKim\nService Team");
    }

    @Test
    void farewellSentenceIsBody() {
      String draft = """
          Beste Ruud,

          Wat naar om te horen van uw vader. Wij hebben de opzegging verwerkt.
          Veel sterkte, en tot dinsdag.

          Met vriendelijke groet,
          Karin Post
          Klantenservice Energie Noord
          """;
      DraftStructure d = parse(draft);

      assertThat(d.body().of(draft)).endsWith("Veel sterkte, en tot dinsdag.");
      assertThat(text(d, d.closing()))
          .contains("Met vriendelijke groet,\nKarin Post\nKlantenservice Energie Noord");
    }

    @Test
    void signOffFollowedByBodyTextIsNotAClosing() {
      String draft = "Hoi Sanne,\n\nGroetjes,\nen ik hoop dat het snel weer goed komt met de verwarming.\n";
      DraftStructure d = parse(draft);

      assertThat(d.closing()).isEmpty();
      assertThat(d.body().of(draft))
          .isEqualTo("Groetjes,\nen ik hoop dat het snel weer goed komt met de verwarming.");
    }

    @Test
    void thanksClosesOnlyWhenANameFollows() {
      String signed = "Hi Tom,\n\nThe refund is on its way.\n\nThanks,\nEmma\nSupport Team\n";
      String unsigned = "Hi Tom,\n\nThe refund is on its way.\n\nThanks!\n";

      assertThat(text(parse(signed), parse(signed).closing())).contains("Thanks,\nEmma\nSupport Team");
      assertThat(parse(unsigned).closing()).isEmpty();
      assertThat(parse(unsigned).body().of(unsigned)).isEqualTo("The refund is on its way.\n\nThanks!");
    }

    @Test
    void sentenceWithThanksIsNotASignOff() {
      String draft = "Hi Tom,\n\nThanks for your patience.\nEmma\n";
      DraftStructure d = parse(draft);

      assertThat(d.closing()).isEmpty();
      assertThat(d.body().of(draft)).isEqualTo("Thanks for your patience.\nEmma");
    }
  }

  @Nested
  class Salutations {

    @ParameterizedTest
    @ValueSource(strings = {
        "Geachte heer, mevrouw,", "Geachte mevr. Jansen,", "Beste Lotte,", "Hallo", "Hoi Lotte,",
        "Hi Daan,", "Hey!", "Hé Sam,", "Dag mevrouw De Wit,", "Goedemorgen,", "Goedemiddag meneer Bakker,",
        "Lieve Iris,", "Kære kunde", "Hej", "Hejsa Mads!", "Goddag", "God morgen Ida,",
        "Til rette vedkommende", "Dear Sir or Madam,", "Hello John,"})
    void recognisesGreetingLines(String greeting) {
      String draft = greeting + "\n\nUw aanvraag is goedgekeurd.";
      DraftStructure d = parse(draft);

      assertThat(text(d, d.salutation())).contains(greeting);
      assertThat(d.body().of(draft)).isEqualTo("Uw aanvraag is goedgekeurd.");
    }

    @Test
    void longFirstSentenceIsNotASalutation() {
      String draft = "Hallo, ik zie dat uw bestelling nog niet is aangekomen en dat spijt me echt.\n\nGroet,\nYara";
      DraftStructure d = parse(draft);

      assertThat(d.salutation()).isEmpty();
      assertThat(d.body().of(draft))
          .isEqualTo("Hallo, ik zie dat uw bestelling nog niet is aangekomen en dat spijt me echt.");
    }

    @Test
    void shortSentenceIsNotASalutation() {
      String draft = "Hoi, wat fijn dat je belde.\nDe monteur komt morgen.";

      assertThat(parse(draft).salutation()).isEmpty();
      assertThat(parse(draft).body().of(draft)).isEqualTo(draft);
    }

    @Test
    void greetingLaterInTheTextIsNotASalutation() {
      String draft = "Bedankt voor je bericht.\n\nHoi";

      assertThat(parse(draft).salutation()).isEmpty();
    }

    @Test
    void leadingBlankLinesAreSkipped() {
      String draft = "\n\n  Beste meneer Jansen,\n\nUw pakket is onderweg.\n\nGroeten,\nKim\n\n";
      DraftStructure d = parse(draft);

      assertThat(d.salutation()).contains(new Span(4, 24));
      assertThat(text(d, d.salutation())).contains("Beste meneer Jansen,");
      assertThat(d.body().of(draft)).isEqualTo("Uw pakket is onderweg.");
      assertThat(text(d, d.closing())).contains("Groeten,\nKim");
    }
  }

  @Nested
  class InlineReplies {

    @Test
    void eachQuotedBlockIsExcludedAndTheAnswersStayLintable() {
      DraftStructure d = parse(INLINE_REPLY);

      assertThat(texts(d, d.lintable())).containsExactly(
          "Hoi Daan,",
          "Ja, dat kan. Stuur ze terug met het retourlabel.",
          "Meestal binnen drie werkdagen.");
      assertThat(texts(d, d.excluded())).containsExactly(
          "> Kan ik de sneakers ruilen voor maat 44?",
          "> Hoe lang duurt dat?",
          "Groet,\nYara");
    }

    @Test
    void firstBlockIsTheQuoteAndBodySpansTheAnswers() {
      DraftStructure d = parse(INLINE_REPLY);

      assertThat(text(d, d.quote())).contains("> Kan ik de sneakers ruilen voor maat 44?");
      assertThat(d.quotedMessage()).contains("Kan ik de sneakers ruilen voor maat 44?");
      assertThat(d.body().of(INLINE_REPLY)).startsWith("Ja, dat kan.").endsWith("drie werkdagen.");
    }

    @Test
    void bottomPostedReplyKeepsHeaderWithItsQuote() {
      String draft = """
          Op 3 mrt. 2026 om 14:12 schreef Daan Hoekstra <daan.hoekstra@example.nl>:
          > Kan ik mijn bestelling nog wijzigen?

          Ja hoor, dat heb ik voor je gedaan.

          Groet,
          Yara
          """;
      DraftStructure d = parse(draft);

      assertThat(d.salutation()).isEmpty();
      assertThat(text(d, d.quote())).contains(
          "Op 3 mrt. 2026 om 14:12 schreef Daan Hoekstra <daan.hoekstra@example.nl>:\n"
              + "> Kan ik mijn bestelling nog wijzigen?");
      assertThat(d.body().of(draft)).isEqualTo("Ja hoor, dat heb ik voor je gedaan.");
      assertThat(text(d, d.closing())).contains("Groet,\nYara");
      assertThat(d.quoteAuthorName()).contains("Daan Hoekstra");
    }
  }

  @Nested
  class EdgeCases {

    @Test
    void emptyText() {
      DraftStructure d = parse("");

      assertThat(d.text()).isEmpty();
      assertThat(d.salutation()).isEmpty();
      assertThat(d.body()).isEqualTo(new Span(0, 0));
      assertThat(d.closing()).isEmpty();
      assertThat(d.quote()).isEmpty();
      assertThat(d.lintable()).isEmpty();
      assertThat(d.excluded()).isEmpty();
      assertThat(d.quotedMessage()).isEmpty();
      assertThat(d.quoteAuthorName()).isEmpty();
    }

    @Test
    void nullReadsAsEmptyText() {
      DraftStructure d = parse(null);

      assertThat(d.text()).isEmpty();
      assertThat(d.lintable()).isEmpty();
    }

    @Test
    void whitespaceOnly() {
      DraftStructure d = parse(" \n\r\n\t\u00A0\n");

      assertThat(d.salutation()).isEmpty();
      assertThat(d.body().isEmpty()).isTrue();
      assertThat(d.lintable()).isEmpty();
      assertThat(d.excluded()).isEmpty();
    }

    @Test
    void plainBodyOnly() {
      String draft = "Uw pakket is vandaag verzonden. U ontvangt morgen een track-and-trace code.\n";
      DraftStructure d = parse(draft);

      assertThat(d.salutation()).isEmpty();
      assertThat(d.body().of(draft)).isEqualTo(draft.strip());
      assertThat(d.closing()).isEmpty();
      assertThat(d.quote()).isEmpty();
      assertThat(d.lintable()).containsExactly(d.body());
      assertThat(d.excluded()).isEmpty();
    }

    @Test
    void onlyASalutation() {
      String draft = "Hoi Daan,\n";
      DraftStructure d = parse(draft);

      assertThat(d.salutation()).contains(new Span(0, 9));
      assertThat(d.body()).isEqualTo(new Span(9, 9));
      assertThat(d.lintable()).containsExactly(new Span(0, 9));
      assertThat(d.excluded()).isEmpty();
    }

    @Test
    void onlyAQuote() {
      String draft = "> Hallo,\n> Waar blijft mijn pakket?\n> Groet, Daan\n";
      DraftStructure d = parse(draft);

      assertThat(d.salutation()).isEmpty();
      assertThat(d.body().isEmpty()).isTrue();
      assertThat(d.lintable()).isEmpty();
      assertThat(text(d, d.quote())).contains(draft.strip());
      assertThat(d.quotedMessage()).contains("Hallo,\nWaar blijft mijn pakket?\nGroet, Daan");
      assertThat(d.quoteAuthorName()).isEmpty();
    }

    @Test
    void closingWithoutBody() {
      String draft = "Met vriendelijke groet,\nKlantenservice";
      DraftStructure d = parse(draft);

      assertThat(d.body()).isEqualTo(new Span(0, 0));
      assertThat(text(d, d.closing())).contains(draft);
      assertThat(d.lintable()).isEmpty();
    }

    @Test
    void crlfOffsetsStayExact() {
      String draft = GMAIL_NL.replace("\n", "\r\n");
      DraftStructure d = parse(draft);

      assertThat(text(d, d.salutation())).contains("Hoi Daan,");
      assertThat(d.body().of(draft)).startsWith("Bedankt voor je mail").endsWith("\r\n\r\nFijne dag!");
      assertThat(text(d, d.closing())).contains("Groet,\r\nYara\r\nTeam Stapvoets");
      assertThat(d.quote().orElseThrow().end()).isEqualTo(draft.length() - 2);
      assertThat(d.quoteAuthorName()).contains("Daan Hoekstra");
      assertThat(d.quotedMessage()).hasValueSatisfying(m -> assertThat(m)
          .doesNotContain("\r").startsWith("Hallo,\nIk heb").endsWith("\nGroet, Daan"));
    }

    @Test
    void crlfOutlookDanishMatchesLfParse() {
      String crlf = OUTLOOK_DA_NO_SEPARATOR.replace("\n", "\r\n");
      DraftStructure lf = parse(OUTLOOK_DA_NO_SEPARATOR);
      DraftStructure d = parse(crlf);

      assertThat(texts(d, d.lintable()))
          .containsExactlyElementsOf(texts(lf, lf.lintable()).stream().map(s -> s.replace("\n", "\r\n")).toList());
      assertThat(texts(d, d.excluded()))
          .containsExactlyElementsOf(texts(lf, lf.excluded()).stream().map(s -> s.replace("\n", "\r\n")).toList());
      assertThat(d.quotedMessage()).isEqualTo(lf.quotedMessage());
    }

    @Test
    void oldMacLineEndings() {
      String draft = "Hej Bo\r\rTak for din mail.\r\rMvh\rLine";
      DraftStructure d = parse(draft);

      assertThat(text(d, d.salutation())).contains("Hej Bo");
      assertThat(d.body().of(draft)).isEqualTo("Tak for din mail.");
      assertThat(text(d, d.closing())).contains("Mvh\rLine");
    }

    @Test
    void sentenceAboutWhatTheCustomerWroteIsNotAHeader() {
      String draft = "Beste Ruud,\n\nOp 3 maart schreef u ons dat het pakket beschadigd was:\ndat spijt ons zeer.\n";
      DraftStructure d = parse(draft);

      assertThat(d.quote()).isEmpty();
      assertThat(d.body().of(draft)).startsWith("Op 3 maart schreef u").endsWith("spijt ons zeer.");
    }
  }

  @Nested
  class Invariants {

    static Stream<String> drafts() {
      List<String> drafts = new ArrayList<>(List.of(GMAIL_NL, OUTLOOK_NL, OUTLOOK_DA_NO_SEPARATOR,
          GMAIL_DA, GMAIL_EN_HEADER, INLINE_REPLY, "", "Hoi", "\n\n", "-- \n", ">", "> ", "Op",
          "Van: x\nVerzonden:\nAan:", "Groet,", "Thanks,\n", "\r\n\r", "-----Original Message-----",
          "a".repeat(100_000), "Op " + "1 ".repeat(20_000) + "schreef " + "X ".repeat(20_000) + ":"));
      drafts.add(GMAIL_NL.replace("\n", "\r\n"));
      drafts.addAll(fuzzed(new Random(20260303L), 200));
      return drafts.stream();
    }

    /** Random mixes of marker-ish lines, to shake out offset and index bugs. */
    private static List<String> fuzzed(Random random, int count) {
      String[] pieces = {"Hoi Daan,", "Groet,", "Yara", "> ", ">", "-- ", "", " ", "Fijne dag!",
          "Op 3 mrt. 2026 om 14:12 schreef Anouk <a@x.nl>:", "Van: A <a@x.nl>", "Verzonden: nu",
          "Aan: b", "Onderwerp: c", "-----Oprindelig meddelelse-----", "Mvh", "Tel. 020 123 4567",
          "Den 3. marts 2026 kl. 14.12 skrev", "Mette <m@x.dk>:", "________________", "\u00A0"};
      String[] breaks = {"\n", "\r\n", "\r"};
      List<String> out = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        StringBuilder text = new StringBuilder();
        int lines = random.nextInt(12);
        for (int j = 0; j < lines; j++) {
          text.append(pieces[random.nextInt(pieces.length)]).append(breaks[random.nextInt(breaks.length)]);
        }
        out.add(text.toString());
      }
      return out;
    }

    @ParameterizedTest
    @MethodSource("drafts")
    void lintableAndExcludedPartitionTheNonBlankText(String draft) {
      DraftStructure d = parse(draft);
      List<Span> all = new ArrayList<>(d.lintable());
      all.addAll(d.excluded());
      all.sort((a, b) -> Integer.compare(a.start(), b.start()));

      for (int i = 1; i < all.size(); i++) {
        assertThat(all.get(i).start()).isGreaterThanOrEqualTo(all.get(i - 1).end());
      }
      for (int offset = 0; offset < draft.length(); offset++) {
        int at = offset;
        boolean covered = all.stream().anyMatch(span -> span.contains(at));
        boolean blank = Lines.isSpace(draft.charAt(offset));
        assertThat(covered || blank).as("offset %d of %s", offset, d).isTrue();
      }
    }

    static Stream<String> draftsOpeningWithAGreeting() {
      Random random = new Random(20261123L);
      String[] greetings = {"Hoi Daan,", "Geachte klant,", "Kære kunde", "Hej Mette", "Dear Sir,", "Beste,"};
      String[] blanks = {"", "\n", " \r\n", "\u00A0\n\n"};
      return Stream.concat(drafts(), fuzzed(random, 400).stream().map(rest ->
          blanks[random.nextInt(blanks.length)] + greetings[random.nextInt(greetings.length)]
              + (random.nextBoolean() ? "\r\n" : "\n") + rest));
    }

    @ParameterizedTest
    @MethodSource("draftsOpeningWithAGreeting")
    void salutationOfReadsTheSameSalutationAsParse(String draft) {
      assertThat(DraftStructure.salutationOf(draft)).isEqualTo(parse(draft).salutation());
    }

    @ParameterizedTest
    @MethodSource("drafts")
    void spansAreTrimmedAndInsideTheText(String draft) {
      DraftStructure d = parse(draft);
      List<Span> all = new ArrayList<>(d.lintable());
      all.addAll(d.excluded());

      for (Span span : all) {
        assertThat(span.end()).isLessThanOrEqualTo(draft.length());
        assertThat(span.isEmpty()).isFalse();
        assertThat(Lines.isSpace(draft.charAt(span.start()))).isFalse();
        assertThat(Lines.isSpace(draft.charAt(span.end() - 1))).isFalse();
      }
      assertThat(d.body().end()).isLessThanOrEqualTo(draft.length());
      assertThat(d.lintable()).doesNotContainNull();
    }
  }
}
