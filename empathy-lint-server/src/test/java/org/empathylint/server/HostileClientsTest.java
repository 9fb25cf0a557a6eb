package org.empathylint.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.empathylint.server.TestHttp.JSON;
import static org.empathylint.server.TestHttp.form;
import static org.empathylint.server.TestHttp.post;
import static org.empathylint.server.TestHttp.readUntilClosed;
import static org.empathylint.server.TestHttp.sendRaw;


import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Slow, careless and malformed clients: the server keeps answering, and every error is JSON. */
class HostileClientsTest {
  private static final String DRAFT = "Geachte klant,\n\nUw ticket is doorgezet naar de betreffende afdeling.\n";
  /** The first bytes of a TLS handshake: what a client sends when given https:// by mistake. */
  private static final byte[] TLS_CLIENT_HELLO =
      {0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, (byte) 0xfc, 0x03, 0x03};

  private static CheckServer server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServers.start(ServerConfig.builder().threads(2).queue(2)
        .headerTimeout(Duration.ofMillis(1_000)).bodyTimeout(Duration.ofMillis(1_000)));
    post(server, form("language", "nl", "text", DRAFT)); // LanguageTool's first Dutch check is slow
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void slowHeadersSlowBodiesAndTlsBytesDoNotStopTheServerAndAreClosed() throws Exception {
    List<Socket> halfHeaders = new ArrayList<>();
    List<Socket> halfBodies = new ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        halfHeaders.add(sendRaw(server, ascii("POST /v2/check HTTP/1.1\r\nHost: localhost\r\nContent-Ty")));
        halfBodies.add(sendRaw(server, ascii("POST /v2/check HTTP/1.1\r\nHost: localhost\r\n"
            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nlanguage=nl&text=")));
      }
      Socket tls = sendRaw(server, TLS_CLIENT_HELLO);
      halfHeaders.add(tls);

      long start = System.nanoTime();
      TestHttp.Answer answer = post(server, form("language", "nl", "text", DRAFT));
      assertThat(answer.status()).isEqualTo(200);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));

      for (Socket socket : halfHeaders) {
        readUntilClosed(socket, 5_000); // closed by the header deadline (or, for TLS, at once): no timeout here
      }
      for (Socket socket : halfBodies) {
        String answerText = readUntilClosed(socket, 5_000);
        assertThat(answerText).startsWith("HTTP/1.1 408").contains("application/json").contains("{\"error\":");
      }
    } finally {
      for (Socket socket : halfHeaders) {
        socket.close();
      }
      for (Socket socket : halfBodies) {
        socket.close();
      }
    }
  }

  @Test
  void onlyTheExactPathsAnswer() throws Exception {
    for (String path : List.of("/checkfoo", "/check/extra", "/languages/nl", "/check/")) {
      HttpResponse<String> response = TestHttp.send(HttpRequest.newBuilder(TestHttp.uri(server, path))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form("language", "nl", "text", DRAFT))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(JSON.readTree(response.body()).get("error").asText()).as(path).contains("/v2/check");
    }
  }

  @Test
  void errorsTheHttpLayerAnswersItselfAreJson() throws Exception {
    String hugeHeader = "GET /v2/languages HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
        + "x".repeat(CheckServer.MAX_HEADER_BYTES) + "\r\n\r\n";
    String badRequestLine = "NOT HTTP AT ALL\r\n\r\n";
    for (String request : List.of(hugeHeader, badRequestLine)) {
      try (Socket socket = sendRaw(server, ascii(request))) {
        String answer = readUntilClosed(socket, 5_000);
        assertThat(answer).as("%.15s", request).matches("(?s)HTTP/1\\.1 4\\d\\d .*")
            .contains("application/json").contains("{\"error\":").doesNotContain("<html");
      }
    }
  }

  @Test
  void aBodyLargerThanTheLimitIs413WithOrWithoutALength() throws Exception {
    byte[] huge = ("language=nl&text=" + "a".repeat(1_000_000)).getBytes(StandardCharsets.US_ASCII);

    TestHttp.Answer withLength = post(server, HttpRequest.BodyPublishers.ofByteArray(huge));
    TestHttp.Answer chunked = post(server, HttpRequest.BodyPublishers.ofInputStream(
        () -> new java.io.ByteArrayInputStream(huge)));

    assertThat(withLength.status()).isEqualTo(413);
    assertThat(chunked.status()).isEqualTo(413);
    assertThat(chunked.json().get("error").asText()).contains("larger than");
  }

  @Test
  void invalidUtf8IsRefusedWithAClearError() throws Exception {
    for (String body : List.of("language=nl&text=Geachte%20klant%FF%FE", "language=nl&text=Beste%C3")) {
      TestHttp.Answer answer = post(server, body);
      assertThat(answer.status()).as(body).isEqualTo(400);
      assertThat(answer.json().get("error").asText()).as(body).contains("UTF-8");
    }
    byte[] raw = "language=nl&text=Geachte klant \u00e9".getBytes(StandardCharsets.ISO_8859_1); // Latin-1 é
    TestHttp.Answer rawLatin1 = post(server, HttpRequest.BodyPublishers.ofByteArray(raw));
    assertThat(rawLatin1.status()).isEqualTo(400);
  }

  @Test
  void aByteOrderMarkIsNotLintedAndOffsetsStillCountIt() throws Exception {
    String text = "\uFEFF" + DRAFT;
    TestHttp.Answer answer = post(server, form("language", "nl", "text", text));

    assertThat(answer.status()).isEqualTo(200);
    List<String> flagged = new ArrayList<>();
    answer.json().get("matches").forEach(m -> flagged.add(
        text.substring(m.get("offset").asInt(), m.get("offset").asInt() + m.get("length").asInt())));
    assertThat(flagged).contains("Geachte klant", "Uw ticket");
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

}
