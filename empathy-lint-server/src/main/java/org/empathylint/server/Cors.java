package org.empathylint.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.Headers;
import java.io.IOException;
import java.util.Set;

/** Lets the configured browser origins (add-ons, web apps) call the server. */
final class Cors {
  private final Set<String> origins;

  Cors(Set<String> origins) {
    this.origins = origins;
  }

  /** Adds the CORS headers when the request's origin is allowed. */
  void addHeaders(HttpExchange exchange) {
    String origin = exchange.getRequestHeaders().getFirst("Origin");
    if (origin == null || !allows(origin)) {
      return;
    }
    Headers headers = exchange.getResponseHeaders();
    headers.set("Access-Control-Allow-Origin", origins.contains("*") ? "*" : origin);
    headers.add("Vary", "Origin");
  }

  /** Answers an OPTIONS preflight: 204 for an allowed origin, 403 otherwise. */
  void answerPreflight(HttpExchange exchange, String methods) throws IOException {
    String origin = exchange.getRequestHeaders().getFirst("Origin");
    if (origin == null || !allows(origin)) {
      Exchanges.sendError(exchange, 403, "origin not allowed; start the server with --cors-origin");
      return;
    }
    addHeaders(exchange);
    Headers headers = exchange.getResponseHeaders();
    headers.set("Access-Control-Allow-Methods", methods);
    String requested = exchange.getRequestHeaders().getFirst("Access-Control-Request-Headers");
    headers.set("Access-Control-Allow-Headers", requested == null ? "Content-Type" : requested);
    headers.set("Access-Control-Max-Age", "86400");
    exchange.sendResponseHeaders(204, -1);
    exchange.close();
  }

  private boolean allows(String origin) {
    return origins.contains("*") || origins.contains(origin);
  }
}
