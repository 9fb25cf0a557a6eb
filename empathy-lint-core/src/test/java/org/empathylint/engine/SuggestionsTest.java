package org.empathylint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.empathylint.FindingCategory;
import org.empathylint.Severity;
import org.empathylint.pack.PackEntry;
import org.empathylint.pack.Replacement;
import org.empathylint.pack.Source;
import org.empathylint.pattern.PhrasePattern;
import org.junit.jupiter.api.Test;

/** How replacements are fitted to the place of the flagged words. */
class SuggestionsTest {
  private static final Source SOURCE = new Source("test.yaml", 1, 1);
  private static final Set<String> DETERMINERS = Set.of("de", "het", "een", "uw", "je", "deze");

  private static PackEntry entry(Replacement... replacements) {
    return new PackEntry("T", FindingCategory.PROCESS_JARGON, PhrasePattern.parse("[ticket]"), List.of(), List.of(), List.of(), List.of(),
        "m", "s", List.of(replacements), List.of(), false, Severity.SUGGESTION, List.of(), List.of(), SOURCE);
  }

  private static Replacement text(String text) {
    return Replacement.of(text, SOURCE);
  }

  private static Suggestions.Placed place(PackEntry entry, String sentence, String flagged) {
    int from = sentence.indexOf(flagged);
    return Suggestions.place(entry, sentence, from, from + flagged.length(), CheckContext.NONE, DETERMINERS);
  }

  @Test
  void capitalByPositionNotByTheFlaggedWord() {
    assertThat(place(entry(text("ons systeem")), "Het staat in Zendesk.", "Zendesk").replacements())
        .containsExactly("ons systeem");
    assertThat(place(entry(text("als")), "Indien u wilt, bel ons.", "Indien").replacements()).containsExactly("Als");
    assertThat(place(entry(text("als")), "- indien u wilt, bel ons.", "indien").replacements()).containsExactly("Als");
    assertThat(place(entry(text("als")), "Bel ons: indien u wilt.", "indien").replacements()).containsExactly("als");
    assertThat(place(entry(text("als")), "Beste Anouk,\nindien u wilt, bel ons.", "indien").replacements())
        .containsExactly("Als");
    assertThat(place(entry(text("deze")), "Ga naar de\ndesbetreffende praktijk.", "desbetreffende").replacements())
        .as("a wrapped line goes on the sentence; 'de deze' is two determiners").isEmpty();
  }

  @Test
  void aSentenceTheSplitterCutAfterAnAbbreviationKeepsItsSmallLetter() {
    assertThat(place(entry(text("brugt")), "anvendt medicin betaler du selv.", "anvendt").replacements())
        .containsExactly("brugt");
    assertThat(place(entry(text("brugt")), "Anvendt medicin betaler du selv.", "Anvendt").replacements())
        .containsExactly("Brugt");
    assertThat(place(entry(text("brugt")), "Du betaler selv for evt. anvendt medicin.", "anvendt").replacements())
        .containsExactly("brugt");
  }

  @Test
  void oneSideOfASlashPairIsNeverReplacedAlone() {
    assertThat(place(entry(text("vi beder jer")), "Ring til os, og du/I bedes sende billedet.", "I bedes").replacements())
        .isEmpty();
    assertThat(place(entry(text("sende")), "Husk at medbringe/tilsende papirerne.", "tilsende").replacements()).isEmpty();
    assertThat(place(entry(text("sende")), "Husk at tilsende/medbringe papirerne.", "tilsende").replacements()).isEmpty();
    assertThat(place(entry(text("sende")), "Husk at tilsende papirerne.", "tilsende").replacements()).containsExactly("sende");
  }

  @Test
  void wordsInCapitalsAmongCapitalsGetAReplacementInCapitals() {
    assertThat(place(entry(text("bruges")), "Her SKAL DER BENYTTES SKIFTESKO.", "BENYTTES").replacements())
        .containsExactly("BRUGES");
    assertThat(place(entry(text("afspraak")), "Dit valt binnen de SLA van uw contract.", "SLA").replacements())
        .as("a lone word in capitals is an acronym").containsExactly("afspraak");
    assertThat(place(entry(text("bruges")), "Her skal der benyttes skiftesko.", "benyttes").replacements())
        .containsExactly("bruges");
  }

  @Test
  void theSpanGrowsOverTheWordTheReplacementRepeats() {
    Suggestions.Placed placed = place(entry(text("uw vraag"), text("melding")), "Ik heb uw ticket gelezen.", "ticket");
    String sentence = "Ik heb uw ticket gelezen.";
    assertThat(sentence.substring(placed.from(), placed.to())).isEqualTo("uw ticket");
    assertThat(placed.replacements()).containsExactly("uw vraag", "uw melding");
    Suggestions.Placed after = place(entry(text("gaat niet door")), "Het feest gaat niet door door de regen.", "gaat niet door");
    assertThat(after.replacements()).containsExactly("gaat niet door");
  }

  @Test
  void noWordTwiceAcrossAComma() {
    assertThat(place(entry(text("om")), "Vi træffer afgørelse om, hvorvidt du kan få frihed.", "hvorvidt").replacements())
        .isEmpty();
    assertThat(place(entry(text("om")), "Vi ved ikke, hvorvidt du kan få frihed.", "hvorvidt").replacements())
        .containsExactly("om");
  }

  @Test
  void aOneWordReplacementMergesOnlyWithADeterminerBesideIt() {
    Suggestions.Placed determiner = place(entry(text("de")), "Ik heb de desbetreffende factuur gelezen.", "desbetreffende");
    assertThat(determiner.replacements()).containsExactly("de");
    assertThat("Ik heb de desbetreffende factuur gelezen.".substring(determiner.from(), determiner.to())).isEqualTo("de desbetreffende");
    assertThat(place(entry(text("om")), "Beslutning om hvorvidt der har været stormflod træffes af rådet.", "hvorvidt").replacements())
        .as("a preposition and a conjunction are two words").isEmpty();
    assertThat(place(entry(text("om")), "Beslutning om, om der har været stormflod træffes af rådet.", "om, om").replacements())
        .containsExactly("om");
  }

  @Test
  void noGlossInBracketsThatRepeatsTheWordBeforeIt() {
    assertThat(place(entry(text("rettet")), "Du kan få rettet (berigtiget) dine oplysninger.", "berigtiget").replacements())
        .isEmpty();
    assertThat(place(entry(text("rettet")), "Dine oplysninger er nu berigtiget.", "berigtiget").replacements())
        .containsExactly("rettet");
  }

  @Test
  void noReplacementThatRepeatsAWordStandingNearby() {
    assertThat(place(entry(text("reparationer")), "Fonden betaler reparation og/eller udbedringer af vejene.", "udbedringer")
        .replacements()).as("'reparation og/eller reparationer'").isEmpty();
    assertThat(place(entry(text("reparationer")), "Fonden betaler udbedringer af vejene.", "udbedringer").replacements())
        .containsExactly("reparationer");
    assertThat(place(entry(text("reparationer")), "Reparation af stier og veje er dyrt, og udbedringer af vejene også.",
        "udbedringer").replacements()).as("more than three words away").containsExactly("reparationer");
  }

  @Test
  void aCapitalAfterAnItemNumberStays() {
    assertThat(place(entry(text("als")), "1.2 Indien u ziek bent, meldt u dat.", "Indien").replacements())
        .containsExactly("Als");
    assertThat(place(entry(text("als")), "Betaal binnen 14 indien mogelijk.", "indien").replacements())
        .as("a number inside the sentence").containsExactly("als");
  }

  @Test
  void noOneWordReplacementThatStandsTwoWordsAway() {
    assertThat(place(entry(text("bij")), "In geval van overmacht bij de organisator zoeken we een nieuwe datum.", "In geval van")
        .replacements()).as("'Bij overmacht bij'").isEmpty();
    assertThat(place(entry(text("als")), "Indien u als gevolg van ziekte niet kunt komen, bel ons.", "Indien")
        .replacements()).as("'Als u als'").isEmpty();
    assertThat(place(entry(text("bij")), "In geval van overmacht zoeken we een nieuwe datum.", "In geval van").replacements())
        .containsExactly("Bij");
    assertThat(place(entry(text("bij")), "U krijgt het geld terug in geval van ziekte, overlijden en bij verhuizing.",
        "in geval van").replacements()).as("three words away").containsExactly("bij");
  }

  @Test
  void aDeterminerIsNeverPutAfterAnother() {
    assertThat(place(entry(text("uw vraag"), text("vraag")), "Het ticket is gesloten.", "ticket").replacements())
        .containsExactly("vraag");
  }

  @Test
  void noFullStopBeforeTheSentencesOwnAndSentencesOnlyForWholeSentences() {
    assertThat(place(entry(text("Ik help u graag.")), "Wij staan u graag te woord.", "Wij staan u graag te woord")
        .replacements()).containsExactly("Ik help u graag");
    assertThat(place(entry(text("Ik help u graag.")), "Dus wij staan u graag te woord.", "wij staan u graag te woord")
        .replacements()).isEmpty();
    assertThat(place(entry(text("Ik help u graag.")), "Wij staan u graag te woord", "Wij staan u graag te woord")
        .replacements()).containsExactly("Ik help u graag.");
  }

  @Test
  void replacementsPerFormOfferOnlyTheFormsTheyName() {
    PackEntry entry = entry(new Replacement(null, Map.of("dient", "moet", "dienen", "moeten"), SOURCE));
    assertThat(place(entry, "U dient te betalen.", "dient").replacements()).containsExactly("moet");
    assertThat(place(entry, "Wij dienden te betalen.", "dienden").replacements()).isEmpty();
  }

  @Test
  void registerWordsWithAnEqualsSignCountOnlyInThatCase() {
    CheckContext formal = new CheckContext(null, false, Set.of(), Set.of("du", "dig"), List.of(), true);
    CheckContext informal = new CheckContext(null, false, Set.of(), Set.of("=De", "=Dem"), List.of(), true);
    List<String> templates = List.of("en kollega ringer til dig", "en kollega ringer til Dem", "de ringer");
    assertThat(Suggestions.render(templates, formal)).containsExactly("en kollega ringer til Dem", "de ringer");
    assertThat(Suggestions.render(templates, informal)).containsExactly("en kollega ringer til dig", "de ringer");
  }
}
