package org.empathylint.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.empathylint.server.TestHttp.HTTP;
import static org.empathylint.server.TestHttp.JSON;
import static org.empathylint.server.TestHttp.form;
import static org.empathylint.server.TestHttp.post;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server's HTTP contract, over real HTTP: answers, status codes, JSON errors, CORS. */
class CheckServerTest {
  private static final String NL_DRAFT = "Geachte klant,\n\nUw ticket is doorgezet naar de betreffende afdeling.\n";

  private final CheckServer server = TestServers.normal();

  @Test
  void checksDutchTextAndAnswersInLanguageToolsShape() throws Exception {
    TestHttp.Answer answer = post(server, form("language", "nl-NL", "text", NL_DRAFT));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().at("/language/name").asText()).isEqualTo("Dutch");
    List<String> categories = new ArrayList<>();
    answer.json().get("matches").forEach(m -> categories.add(m.at("/rule/category/id").asText()));
    assertThat(categories).contains("IMPERSONAL_ADDRESS", "PROCESS_JARGON");
  }

  @Test
  void offsetsOfAnnotatedDataPointIntoTextAndMarkup() throws Exception {
    String data = "{\"annotation\":[{\"markup\":\"<p>\"},{\"text\":\"Geachte klant,\"},"
        + "{\"markup\":\"</p><p>\",\"interpretAs\":\"\\n\\n\"},"
        + "{\"text\":\"Uw ticket is doorgezet naar de betreffende afdeling.\"},{\"markup\":\"</p>\"}]}";
    String original = "<p>Geachte klant,</p><p>Uw ticket is doorgezet naar de betreffende afdeling.</p>";

    TestHttp.Answer answer = post(server, form("language", "nl", "data", data));

    assertThat(answer.status()).isEqualTo(200);
    List<String> flagged = new ArrayList<>();
    answer.json().get("matches").forEach(m -> {
      int offset = m.get("offset").asInt();
      flagged.add(original.substring(offset, offset + m.get("length").asInt()));
    });
    // The ticket finding covers "Uw" too: its replacement ("uw vraag") replaces the determiner with it.
    assertThat(flagged).contains("Geachte klant", "Uw ticket");
  }

  @Test
  void disabledCategoriesAndEnabledOnlyFilterTheMatches() throws Exception {
    TestHttp.Answer withoutJargon = post(server,
        form("language", "nl", "text", NL_DRAFT, "disabledCategories", "PROCESS_JARGON"));
    TestHttp.Answer onlyJargon = post(server, form("language", "nl", "text", NL_DRAFT,
        "enabledCategories", "PROCESS_JARGON", "enabledOnly", "true"));

    assertThat(categories(withoutJargon)).doesNotContain("PROCESS_JARGON").contains("IMPERSONAL_ADDRESS");
    assertThat(categories(onlyJargon)).containsOnly("PROCESS_JARGON");
  }

  @Test
  void acceptsTheLanguageCodesOfEveryEntryPointAndNamesThemWhenRefusing() throws Exception {
    Map<String, String> checkedAs = new LinkedHashMap<>();
    checkedAs.put("nl", "nl"); // LanguageTool's own code for Dutch
    checkedAs.put("nl-NL", "nl");
    checkedAs.put("nl-BE", "nl-BE");
    checkedAs.put("NL_be", "nl-BE");
    for (Map.Entry<String, String> code : checkedAs.entrySet()) {
      TestHttp.Answer answer = post(server, form("language", code.getKey(), "text", NL_DRAFT));
      assertThat(answer.status()).as(code.getKey()).isEqualTo(200);
      assertThat(answer.json().at("/language/code").asText()).as(code.getKey()).isEqualTo(code.getValue());
      assertThat(categories(answer)).as(code.getKey()).contains("PROCESS_JARGON");
    }
    for (String code : List.of("da", "da-DK", "DA-dk")) {
      TestHttp.Answer answer = post(server, form("language", code, "text", "Kære kunde\n\nDin sag er eskaleret.\n"));
      assertThat(answer.status()).as(code).isEqualTo(200);
      assertThat(answer.json().at("/language/code").asText()).as(code).isEqualTo("da-DK");
      assertThat(categories(answer)).as(code).contains("PROCESS_JARGON");
    }

    TestHttp.Answer refused = post(server, form("language", "nl-SR", "text", NL_DRAFT));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("error").asText())
        .isEqualTo("unknown language 'nl-SR': this server checks auto, nl, nl-NL, nl-BE, da, da-DK");
  }

  @Test
  void autoChecksInTheLanguageOfTheTextAndReportsItAsDetected() throws Exception {
    TestHttp.Answer dutch = post(server, form("language", "auto", "text", NL_DRAFT));
    TestHttp.Answer danish = post(server, form("language", "AUTO", "text", "Kære kunde\n\nDin sag er eskaleret.\n"));

    assertThat(dutch.status()).isEqualTo(200);
    assertThat(dutch.json().at("/language/code").asText()).isEqualTo("nl");
    assertThat(dutch.json().at("/language/detectedLanguage/code").asText()).isEqualTo("nl");
    assertThat(dutch.json().at("/language/detectedLanguage/name").asText()).isEqualTo("Dutch");
    assertThat(dutch.json().at("/language/detectedLanguage/confidence").asDouble()).isGreaterThan(0.9);
    assertThat(dutch.json().at("/language/detectedLanguage/source").asText()).isEqualTo("ngram");
    assertThat(categories(dutch)).contains("PROCESS_JARGON", "IMPERSONAL_ADDRESS");
    assertThat(danish.json().at("/language/detectedLanguage/code").asText()).isEqualTo("da-DK");
    assertThat(categories(danish)).contains("PROCESS_JARGON", "IMPERSONAL_ADDRESS");
  }

  @Test
  void autoOnATextWithoutLettersFallsBackToDutchWithNoConfidence() throws Exception {
    TestHttp.Answer answer = post(server, form("language", "auto", "text", "12345"));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().at("/language/detectedLanguage/code").asText()).isEqualTo("nl");
    assertThat(answer.json().at("/language/detectedLanguage/confidence").asDouble()).isZero();
    assertThat(answer.json().at("/language/detectedLanguage/source").asText()).isEqualTo("fallback");
  }

  @Test
  void listsItsLanguages() throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/languages")).GET().build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).findValuesAsText("longCode")).containsExactly("nl-NL", "da-DK");
  }

  @Test
  void badRequestsGetTheirStatusAndAJsonErrorAndTheServerKeepsServing() throws Exception {
    String tooLong = "Beste Anouk, ".repeat(TestServers.MAX_TEXT_LENGTH / 10);
    Map<String, Integer> expected = new LinkedHashMap<>();
    expected.put(form("language", "nl", "text", tooLong), 413);
    expected.put("language=nl&text=%E2%8", 400);                       // a broken percent escape
    expected.put(form("language", "fr", "text", "Bonjour"), 400);
    expected.put(form("language", "nl", "text", "  "), 400);
    expected.put(form("language", "nl"), 400);                          // neither text nor data
    expected.put(form("language", "nl", "data", "{\"annotation\": [{\"text\": "), 400);
    expected.put(form("language", "nl", "data", "{\"annotation\": [{\"txt\": \"x\"}]}"), 400);
    expected.put(form("language", "nl", "text", "Hoi", "enabledOnly", "true"), 400);

    for (Map.Entry<String, Integer> request : expected.entrySet()) {
      TestHttp.Answer answer = post(server, request.getKey());
      assertThat(answer.status()).as(request.getKey()).isEqualTo(request.getValue());
      assertThat(answer.json().get("error").asText()).as(request.getKey()).isNotBlank().doesNotContain("Exception");
    }
    assertThat(post(server, form("language", "da", "text", "Kære kunde")).status()).isEqualTo(200);
  }

  @Test
  void wrongMethodAndUnknownPathAreJsonErrors() throws Exception {
    HttpResponse<String> delete = HTTP.send(HttpRequest.newBuilder(uri("/check")).DELETE().build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> unknown = HTTP.send(HttpRequest.newBuilder(uri("/nothing")).GET().build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(delete.statusCode()).isEqualTo(405);
    assertThat(JSON.readTree(delete.body()).has("error")).isTrue();
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(unknown.body()).has("error")).isTrue();
  }

  @Test
  void aCheckOverTheTimeLimitIsA503() throws Exception {
    CheckServer impatient = TestServers.withTimeout(Duration.ofMillis(1));
    String longDraft = NL_DRAFT.repeat(TestServers.MAX_TEXT_LENGTH / NL_DRAFT.length());
    HttpRequest request = HttpRequest.newBuilder(URI.create(impatient.baseUri() + "/check"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form("language", "nl", "text", longDraft))).build();

    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(JSON.readTree(response.body()).get("error").asText()).contains("limit");
  }

  @Test
  void answersPreflightForAllowedOriginsOnly() throws Exception {
    HttpResponse<String> allowed = preflight(TestServers.ALLOWED_ORIGIN);
    HttpResponse<String> other = preflight("https://elsewhere.example");

    assertThat(allowed.statusCode()).isEqualTo(204);
    assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains(TestServers.ALLOWED_ORIGIN);
    assertThat(allowed.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("POST");
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  private HttpResponse<String> preflight(String origin) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(uri("/check"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", origin)
        .header("Access-Control-Request-Method", "POST")
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> categories(TestHttp.Answer answer) {
    List<String> categories = new ArrayList<>();
    answer.json().get("matches").forEach(m -> categories.add(m.at("/rule/category/id").asText()));
    return categories;
  }

  private URI uri(String path) {
    return URI.create(server.baseUri() + path);
  }
}
