package org.empathylint.ltserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.empathylint.rules.da.EmpathyDanish;
import org.empathylint.rules.nl.EmpathyDutch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.languagetool.Languages;
import org.languagetool.server.HTTPServer;
import org.languagetool.server.HTTPServerConfig;

/**
 * Our packs as LanguageTool languages, inside LanguageTool's own HTTP server: a mail client that only
 * knows LanguageTool gets our findings by asking for {@code nl-NL-x-empathy} or {@code da-DK-x-empathy}.
 */
class StockLanguageToolServerTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static HTTPServer server;
  private static URI check;

  @BeforeAll
  static void startLanguageToolsServer() throws IOException {
    int port = freePort();
    server = new HTTPServer(new HTTPServerConfig(port));
    server.run();
    check = URI.create("http://localhost:" + port + "/v2/check");
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void languageToolFindsTheVariantsByTheirCodes() {
    assertThat(Languages.getLanguageForShortCode("nl-NL-x-empathy")).isInstanceOf(EmpathyDutch.class);
    assertThat(Languages.getLanguageForShortCode("da-DK-x-empathy")).isInstanceOf(EmpathyDanish.class);
    // and plain codes still mean LanguageTool's own languages
    assertThat(Languages.getLanguageForShortCode("nl")).isNotInstanceOf(EmpathyDutch.class);
    assertThat(Languages.getLanguageForShortCode("da")).isNotInstanceOf(EmpathyDanish.class);
  }

  @Test
  void dutchVariantAddsOurFindingsToLanguageToolsOwn() throws Exception {
    JsonNode answer = check("nl-NL-x-empathy",
        "Geachte klant,\n\nUw ticket is doorgezet naar de betreffende afdeling. Dit is is een test.\n");

    assertThat(answer.at("/language/code").asText()).isEqualTo("nl-NL-x-empathy");
    assertThat(categories(answer)).contains("PROCESS_JARGON");
    assertThat(ruleIds(answer)).contains("NL_JARGON_TICKET");
  }

  @Test
  void danishVariantAddsOurFindings() throws Exception {
    JsonNode answer = check("da-DK-x-empathy", "Kære kunde\n\nDin sag er eskaleret.\n");

    assertThat(categories(answer)).contains("PROCESS_JARGON", "IMPERSONAL_ADDRESS");
  }

  @Test
  void plainDutchStaysWithoutOurRules() throws Exception {
    JsonNode answer = check("nl", "Geachte klant,\n\nUw ticket is doorgezet naar de betreffende afdeling.\n");

    assertThat(categories(answer)).doesNotContain("PROCESS_JARGON", "IMPERSONAL_ADDRESS");
  }

  private static JsonNode check(String language, String text) throws IOException, InterruptedException {
    String form = "language=" + language + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(check)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static List<String> categories(JsonNode answer) {
    List<String> categories = new ArrayList<>();
    answer.get("matches").forEach(m -> categories.add(m.at("/rule/category/id").asText()));
    return categories;
  }

  private static List<String> ruleIds(JsonNode answer) {
    List<String> ids = new ArrayList<>();
    answer.get("matches").forEach(m -> ids.add(m.at("/rule/id").asText()));
    return ids;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
