package org.empathylint.server;

import java.util.Set;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;

/** Lets the configured browser origins (add-ons, web apps) call the server. */
final class Cors {
  private final Set<String> origins;

  Cors(Set<String> origins) {
    this.origins = origins;
  }

  /** Adds the CORS headers when the request's origin is allowed. */
  void addHeaders(Exchange exchange) {
    String origin = exchange.request().getHeaders().get(HttpHeader.ORIGIN);
    if (origin == null || !allows(origin)) {
      return;
    }
    HttpFields.Mutable headers = exchange.response().getHeaders();
    headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, origins.contains("*") ? "*" : origin);
    headers.add(HttpHeader.VARY, "Origin");
  }

  /** Answers an OPTIONS preflight: 204 for an allowed origin, 403 otherwise. */
  void answerPreflight(Exchange exchange, String methods) {
    String origin = exchange.request().getHeaders().get(HttpHeader.ORIGIN);
    if (origin == null || !allows(origin)) {
      exchange.fail(new HttpError(HttpError.FORBIDDEN, "origin not allowed; start the server with --cors-origin"));
      return;
    }
    addHeaders(exchange);
    HttpFields.Mutable headers = exchange.response().getHeaders();
    headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, methods);
    String requested = exchange.request().getHeaders().get(HttpHeader.ACCESS_CONTROL_REQUEST_HEADERS);
    headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, requested == null ? "Content-Type" : requested);
    headers.put(HttpHeader.ACCESS_CONTROL_MAX_AGE, "86400");
    exchange.answerEmpty(204);
  }

  private boolean allows(String origin) {
    return origins.contains("*") || origins.contains(origin);
  }
}
