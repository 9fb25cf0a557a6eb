package org.empathylint.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.languagetool.remote.CheckConfiguration;
import org.languagetool.remote.CheckConfigurationBuilder;
import org.languagetool.remote.RemoteLanguageTool;
import org.languagetool.remote.RemoteResult;
import org.languagetool.remote.RemoteRuleMatch;

/** LanguageTool's own Java client, talking to the server as it would to LanguageTool. */
class RemoteLanguageToolTest {
  private final RemoteLanguageTool client = client();

  @Test
  void getsDutchFindingsWithCategoriesAndSuggestions() {
    RemoteResult result = client.check(
        "Geachte klant,\n\nUw ticket ligt nu bij de backoffice.\n", "nl-NL");

    assertThat(result.getLanguageCode()).startsWith("nl");
    assertThat(result.getMatches()).anySatisfy(m -> {
      assertThat(m.getCategoryId()).contains("PROCESS_JARGON");
      assertThat(m.getReplacements().orElse(List.of())).isNotEmpty();
    });
    assertThat(result.getMatches()).anySatisfy(m -> assertThat(m.getCategoryId()).contains("IMPERSONAL_ADDRESS"));
  }

  @Test
  void getsDanishFindingsWithCategoriesAndSuggestions() {
    RemoteResult result = client.check("Kære kunde\n\nDin sag er eskaleret.\n", "da");

    assertThat(result.getMatches()).extracting(m -> m.getCategoryId().orElse(""))
        .contains("IMPERSONAL_ADDRESS", "PROCESS_JARGON");
    assertThat(result.getMatches()).allSatisfy(m -> assertThat(m.getReplacements().orElse(List.of())).isNotEmpty());
  }

  @Test
  void withItsDefaultConfigurationItSendsAutoAndGetsTheDetectedLanguage() {
    CheckConfiguration defaults = new CheckConfigurationBuilder().build();
    assertThat(defaults.getLangCode()).isEmpty(); // the client then sends language=auto

    RemoteResult danish = client.check("Kære kunde\n\nDin sag er eskaleret.\n", defaults);
    RemoteResult dutch = client.check("Geachte klant,\n\nUw ticket ligt nu bij de backoffice.\n",
        defaults);

    assertThat(danish.getLanguageDetectedCode()).isEqualTo("da-DK");
    assertThat(danish.getLanguageDetectedName()).isEqualTo("Danish");
    assertThat(danish.getMatches()).extracting(m -> m.getCategoryId().orElse("")).contains("PROCESS_JARGON");
    assertThat(dutch.getLanguageDetectedCode()).isEqualTo("nl");
    assertThat(dutch.getMatches()).extracting(m -> m.getCategoryId().orElse("")).contains("PROCESS_JARGON");
  }

  @Test
  void belgianDutchIsCheckedWithTheDutchPack() {
    RemoteResult result = client.check("Geachte klant,\n\nUw ticket ligt nu bij de backoffice.\n",
        "nl-BE");

    assertThat(result.getLanguageCode()).isEqualTo("nl-BE");
    assertThat(result.getMatches()).extracting(m -> m.getCategoryId().orElse("")).contains("PROCESS_JARGON");
  }

  @Test
  void sendsItsRuleSelectionTheWayTheServerReadsIt() {
    RemoteResult result = client.check("Geachte klant,\n\nUw ticket ligt nu bij de backoffice.\n",
        new CheckConfigurationBuilder("nl").enabledRuleIds("EMPATHY_NL_PROCESS_JARGON").enabledOnly().build());

    assertThat(result.getMatches()).isNotEmpty()
        .extracting(RemoteRuleMatch::getCategoryId).containsOnly(java.util.Optional.of("PROCESS_JARGON"));
  }

  private static RemoteLanguageTool client() {
    try {
      String base = TestServers.normal().baseUri().toString();
      return new RemoteLanguageTool(new URL(base.substring(0, base.length() - "/v2".length())));
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
