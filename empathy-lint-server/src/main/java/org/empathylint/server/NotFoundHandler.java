package org.empathylint.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.PrintStream;
import java.util.Set;

/** Every other path: a JSON 404 that names the endpoints. */
final class NotFoundHandler extends JsonHandler {
  NotFoundHandler(Cors cors, PrintStream log) {
    super(cors, Set.of("GET", "POST"), log);
  }

  @Override
  String answer(HttpExchange exchange) {
    throw new HttpError(404, "not found; this server answers POST /v2/check and GET /v2/languages");
  }
}
