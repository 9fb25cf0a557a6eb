package org.empathylint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Requests to a test server: LanguageTool's form fields over real HTTP, or raw bytes over a socket. */
final class TestHttp {
  static final HttpClient HTTP = client();
  static final ObjectMapper JSON = new ObjectMapper();
  /** A server that does not answer within this time fails the test instead of hanging it. */
  static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

  private TestHttp() {}

  /**
   * A client that drops an idle connection after 5 s, before the server's 10 s deadline for the next
   * request closes it.
   */
  private static HttpClient client() {
    System.setProperty("jdk.httpclient.keepalive.timeout", "5");
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  /**
   * Sends a request once more on a new connection when a pooled one turns out to be closed before
   * any answer ("received no bytes"): the keep-alive race every HTTP/1.1 client has with a server
   * that closes idle connections (browsers retry the same way). Any other failure is the test's.
   */
  static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body)
      throws IOException, InterruptedException {
    try {
      return HTTP.send(request, body);
    } catch (IOException e) {
      if (!String.valueOf(e.getMessage()).contains("received no bytes")) {
        throw e;
      }
      return HTTP.send(request, body);
    }
  }

  /** A status and its JSON body. */
  record Answer(int status, JsonNode json) {}

  /** POSTs a form-encoded body to {@code /v2/check}; every answer must be JSON. */
  static Answer post(CheckServer server, String body) throws IOException, InterruptedException {
    return post(server, HttpRequest.BodyPublishers.ofString(body));
  }

  static Answer post(CheckServer server, HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri(server, "/check"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .timeout(ANSWER_TIMEOUT)
        .POST(body).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
    return new Answer(response.statusCode(), JSON.readTree(response.body()));
  }

  static URI uri(CheckServer server, String path) {
    return URI.create(server.baseUri() + path);
  }

  static String form(String... namesAndValues) {
    StringBuilder form = new StringBuilder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      form.append(form.length() == 0 ? "" : "&").append(namesAndValues[i]).append('=')
          .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
    }
    return form.toString();
  }

  /** A connection to the server that has sent {@code bytes} and then waits. */
  static Socket sendRaw(CheckServer server, byte[] bytes) throws IOException {
    Socket socket = new Socket(server.baseUri().getHost(), server.port());
    socket.getOutputStream().write(bytes);
    socket.getOutputStream().flush();
    return socket;
  }

  /** Everything the server sends on the connection until it closes it (or {@code timeoutMillis} pass). */
  static String readUntilClosed(Socket socket, int timeoutMillis) throws IOException {
    socket.setSoTimeout(timeoutMillis);
    InputStream in = socket.getInputStream();
    return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
  }
}
