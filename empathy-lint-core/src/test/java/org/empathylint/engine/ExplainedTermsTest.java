package org.empathylint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExplainedTermsTest {
  private final ExplainedTerms nl = ExplainedTerms.forLanguage("nl");
  private final ExplainedTerms da = ExplainedTerms.forLanguage("da");

  @Test
  void dutchDefinitionsExplainTheTermAndItsOtherForms() {
    assertThat(nl.explains("Dit beleid, ook wel voorkeursbeleid genoemd, houdt in dat u het goedkoopste middel krijgt.", "het voorkeursbeleid", true)).isTrue();
    assertThat(nl.explains("U betaalt zelf en krijgt het geld terug van uw verzekeraar (restitutie).", "restitutie", false))
        .isTrue();
    assertThat(nl.explains("Wat is een backorder? Een product dat wij nog niet binnen hebben.", "in backorder", true))
        .isTrue();
    assertThat(nl.explains("Elk jaar passen wij de bedragen aan; dat noemen we actualisatie.", "actualiseren", false))
        .isTrue();
    assertThat(nl.explains("De assistente vraagt naar uw klachten. Dat heet triage.", "de triage", false)).isTrue();
  }

  @Test
  void aTermThatIsOnlyUsedIsNotExplained() {
    assertThat(nl.explains("De restitutie is binnen een week op uw rekening.", "restitutie", false)).isFalse();
    assertThat(nl.explains("Uw bestelling staat in backorder.", "in backorder", true)).isFalse();
    assertThat(nl.explains("Uw aanvraag is geëscaleerd (15 mei) naar de backoffice.", "geëscaleerd", true)).isFalse();
    assertThat(nl.explains("Wij hebben uw ticket ontvangen.", "uw ticket", true)).isFalse();
    assertThat(nl.explains("Derhalve is het niet mogelijk de afspraak te verzetten.", "Derhalve", false)).isFalse();
  }

  @Test
  void danishDefinitionsExplainTheTerm() {
    assertThat(da.explains("Attesten betales af rekvirenten, dvs. den instans, der har bedt om den.", "rekvirenten", false))
        .isTrue();
    assertThat(da.explains("Hvad er visitation? Det er, når kommunen vurderer dit behov.", "visitationen", true)).isTrue();
    assertThat(da.explains("Din sag er sendt til visitationen.", "visitationen", true)).isFalse();
  }

  @Test
  void bracketsAfterANameExplainOnlyJargonAcronymsIncluded() {
    assertThat(nl.explains("Uw DBC (de rekening van het ziekenhuis) loopt nog.", "uw DBC-traject", true)).isTrue();
    assertThat(nl.explains("Uw DBC-traject loopt nog tot mei.", "uw DBC-traject", true)).isFalse();
    assertThat(nl.explains("Uw pakket staat in backorder (nog niet op voorraad).", "in backorder", true)).isTrue();
    assertThat(nl.explains("Lever de sleutels tijdig (binnen een week) in.", "tijdig", false)).isFalse();
    assertThat(nl.explains("Als je niet (tijdig) opzegt, blijf je lid.", "tijdig", false)).isFalse();
    assertThat(nl.explains("Reageer je niet (tijdig), dan vervalt je inschrijving.", "tijdig", false)).isFalse();
  }

  @Test
  void aNameMustEndItsClauseAndNoGapCrossesASentence() {
    assertThat(da.explains("Gebyret kaldes afbrydelsesgebyr og vil typisk fremgå af kontrakten.", "fremgå af", false))
        .isFalse();
    assertThat(da.explains("Det sikrer den såkaldte forsyningspligt. Nedenstående tjenester er omfattet.",
        "Nedenstående", false)).isFalse();
    assertThat(da.explains("Restancen betyder samtidig, at du ikke kan låne.", "Restancen", false)).isFalse();
  }

  @Test
  void otherLanguagesExplainNothing() {
    assertThat(ExplainedTerms.forLanguage("de").explains("Wat is een backorder?", "backorder", true)).isFalse();
  }
}
