package org.empathylint.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Reading request bodies and writing JSON answers. */
final class Exchanges {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Exchanges() {}

  /** The body as UTF-8; more than {@code maxBytes} is a 413 (read no further). */
  static String body(HttpExchange exchange, long maxBytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = exchange.getRequestBody()) {
      byte[] buffer = new byte[8192];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
        if (out.size() > maxBytes) {
          throw new HttpError(HttpError.TOO_LARGE, "the request body is larger than " + maxBytes + " bytes");
        }
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  static void sendJson(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  static void sendError(HttpExchange exchange, int status, String message) throws IOException {
    ObjectNode error = JSON.createObjectNode().put("error", message);
    sendJson(exchange, status, JSON.writeValueAsString(error));
  }

  static String toJson(Object value) throws IOException {
    return JSON.writeValueAsString(value);
  }
}
