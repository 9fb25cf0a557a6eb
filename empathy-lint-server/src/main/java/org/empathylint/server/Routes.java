package org.empathylint.server;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Routes the two endpoints by their exact paths ({@code /v2/check}, {@code /v2/languages}; anything
 * else is a 404), answers CORS preflights and wrong methods, and turns every failure into
 * {@code {"error": ...}} — a client never sees a stack trace; bugs are logged on the server's stderr.
 */
final class Routes extends Handler.Abstract.NonBlocking {
  private static final String CHECK = "/v2/check";
  private static final String LANGUAGES = "/v2/languages";

  private final CheckEndpoint check;
  private final String languages;
  private final Cors cors;
  private final HeaderDeadline headerDeadline;
  private final PrintStream log;

  Routes(CheckEndpoint check, java.util.Collection<ServedLanguage> served, Cors cors, HeaderDeadline headerDeadline,
      PrintStream log) {
    this.check = check;
    this.languages = Exchange.toJson(served.stream()
        .map(l -> Map.of("name", l.displayName(), "code", l.code(), "longCode", l.longCode()))
        .toList());
    this.cors = cors;
    this.headerDeadline = headerDeadline;
    this.log = log;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Connection connection = request.getConnectionMetaData().getConnection();
    headerDeadline.disarm(connection);
    // Armed before Jetty completes the request: it may read the next request at once, which disarms it.
    Exchange exchange = new Exchange(request, response, Callback.from(() -> headerDeadline.arm(connection), callback));
    String path = Request.getPathInContext(request);
    try {
      switch (path) {
        case CHECK -> route(exchange, List.of("GET", "POST"), () -> check.handle(exchange));
        case LANGUAGES -> route(exchange, List.of("GET"), () -> exchange.answer(200, languages));
        default -> throw new HttpError(HttpError.NOT_FOUND,
            "not found; this server answers POST /v2/check and GET /v2/languages");
      }
    } catch (HttpError e) {
      exchange.fail(e);
    } catch (RuntimeException e) {
      log.println("empathy-lint serve: internal error on " + path + ": " + e);
      e.printStackTrace(log);
      exchange.fail(new HttpError(HttpError.INTERNAL_ERROR, "internal error"));
    }
    return true;
  }

  private void route(Exchange exchange, List<String> methods, Runnable endpoint) {
    String method = exchange.request().getMethod();
    if (method.equals("OPTIONS")) {
      cors.answerPreflight(exchange, String.join(", ", methods) + ", OPTIONS");
      return;
    }
    cors.addHeaders(exchange);
    if (!methods.contains(method)) {
      exchange.response().getHeaders().put(HttpHeader.ALLOW, String.join(", ", methods) + ", OPTIONS");
      throw new HttpError(HttpError.METHOD_NOT_ALLOWED, "use " + String.join(" or ", methods));
    }
    endpoint.run();
  }
}
