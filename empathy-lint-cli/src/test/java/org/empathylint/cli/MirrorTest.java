package org.empathylint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.empathylint.Draft;
import org.empathylint.Finding;
import org.empathylint.FindingCategory;
import org.junit.jupiter.api.Test;

/** The acknowledgement suggestion names the customer's situation in the customer's own words. */
class MirrorTest {

  private static List<String> suggestions(String language, String draft, String customer) {
    Draft d = Draft.of(draft, customer);
    Finding ack = SharedLinters.get(language).check(d).findings().stream()
        .filter(f -> f.category() == FindingCategory.MISSING_ACKNOWLEDGEMENT).findFirst().orElseThrow();
    String original = ack.flaggedText(d);
    assertThat(ack.suggestions()).allSatisfy(s -> assertThat(s).endsWith(" " + original));
    return ack.suggestions().stream().map(s -> s.substring(0, s.length() - original.length() - 1)).toList();
  }

  @Test
  void aHurtPetByNameInTheDraftsFormOfAddress() {
    String customer = "Goedemiddag,\n\nOnze hond Max is gisteren aangereden en heeft zijn poot gebroken. "
        + "Vergoedt mijn verzekering de dierenarts?\n\nKees Jansen";
    assertThat(suggestions("nl", "Beste heer Jansen,\n\nStuur ons uw polisnummer.\n\nGroet,\nIris\n", customer))
        .first().asString().contains("uw hond Max").contains("Hoe gaat het nu met Max?").doesNotContain("onze");
    assertThat(suggestions("nl", "Hoi Kees,\n\nStuur me je polisnummer.\n\nGroet,\nIris\n", customer))
        .first().asString().contains("jullie hond Max").doesNotContain(" uw ");
  }

  @Test
  void aDeathGetsCondolencesNeverACheerfulLine() {
    List<String> offered = suggestions("nl", "Beste mevrouw Bakker,\n\nWij hebben de overlijdensakte nodig.\n\nGroet,\nIris\n",
        "Mijn man is vorige week overleden. Ik wil zijn abonnement opzeggen.\n\nAnnie Bakker");
    assertThat(offered.get(0)).isEqualTo("Gecondoleerd met het verlies van uw man.");
    assertThat(offered).noneMatch(s -> s.contains("vervelend") || s.contains("!"));
  }

  @Test
  void theStateGoesToThePersonItSpeaksOf() {
    List<String> offered = suggestions("nl", "Beste mevrouw Bakker,\n\nWij hebben de overlijdensakte nodig.\n\nGroet,\nIris\n",
        "Mijn moeder belde u al, omdat mijn vader vorige week is overleden. Wilt u zijn abonnement stoppen?\n\nAnnie Bakker");
    assertThat(offered.get(0)).isEqualTo("Gecondoleerd met het verlies van uw vader.");
    assertThat(offered).noneMatch(s -> s.contains("moeder"));
  }

  @Test
  void danishTurnsMinIntoDinOrDeres() {
    String customer = "Hej\n\nMin datter Sofie blev syg i toget og kastede op. Kan I refundere billetten?\n\nMette";
    assertThat(suggestions("da", "Hej Mette\n\nSend os dit billetnummer.\n\nVenlig hilsen\nOle\n", customer).get(0))
        .isEqualTo("Jeg er ked af at høre, hvad der er sket med din datter Sofie. Hvordan har Sofie det nu?");
    assertThat(suggestions("da", "Kære Mette Holm\n\nSend venligst Deres billetnummer.\n\nVenlig hilsen\nOle\n", customer)
        .get(0)).contains("Deres datter Sofie");
  }

  @Test
  void theGeneralSentenceWhenNothingCanBeNamed() {
    assertThat(suggestions("nl", "Beste Anouk,\n\nStuur ons uw klantnummer.\n\nGroet,\nIris\n",
        "Hoe kan ik mijn adres wijzigen?\n\nAnouk")).containsExactly("Dank u wel voor uw bericht.");
  }
}
