package org.empathylint.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Set;

/**
 * One endpoint: CORS, the allowed methods, and every failure answered as {@code {"error": ...}} —
 * a client never sees a stack trace; bugs are logged on the server's stderr instead.
 */
abstract class JsonHandler implements HttpHandler {
  private final Cors cors;
  private final Set<String> methods;
  private final PrintStream log;

  JsonHandler(Cors cors, Set<String> methods, PrintStream log) {
    this.cors = cors;
    this.methods = methods;
    this.log = log;
  }

  /** Answers a request whose method is allowed; throws {@link HttpError} for what the client can fix. */
  abstract String answer(HttpExchange exchange) throws IOException;

  @Override
  public final void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (method.equals("OPTIONS")) {
        cors.answerPreflight(exchange, String.join(", ", methods) + ", OPTIONS");
        return;
      }
      cors.addHeaders(exchange);
      if (!methods.contains(method)) {
        exchange.getResponseHeaders().set("Allow", String.join(", ", methods) + ", OPTIONS");
        Exchanges.sendError(exchange, HttpError.METHOD_NOT_ALLOWED, "use " + String.join(" or ", methods));
        return;
      }
      String json;
      try {
        json = answer(exchange);
      } catch (HttpError e) {
        Exchanges.sendError(exchange, e.status(), e.getMessage());
        return;
      } catch (RuntimeException e) {
        log.println("empathy-lint serve: internal error on " + exchange.getRequestURI().getPath() + ": " + e);
        e.printStackTrace(log);
        Exchanges.sendError(exchange, 500, "internal error");
        return;
      }
      Exchanges.sendJson(exchange, 200, json);
    }
  }
}
