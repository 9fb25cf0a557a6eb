package org.empathylint.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.empathylint.EmpathyLinter;

/** {@code /v2/check}: form fields in (POST body or GET query), LanguageTool's JSON out. */
final class CheckHandler extends JsonHandler {
  /** Percent-encoding takes up to 9 bytes per character; markup and other fields come on top. */
  private static final int BODY_BYTES_PER_CHAR = 12;
  private static final int BODY_BYTES_EXTRA = 64 * 1024;

  private final Map<ServedLanguage, EmpathyLinter> linters;
  private final ExecutorService checks;
  private final ServerConfig config;

  CheckHandler(Map<ServedLanguage, EmpathyLinter> linters, ExecutorService checks, ServerConfig config,
      Cors cors, PrintStream log) {
    super(cors, Set.of("GET", "POST"), log);
    this.linters = linters;
    this.checks = checks;
    this.config = config;
  }

  @Override
  String answer(HttpExchange exchange) throws IOException {
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    if (contentType != null && contentType.toLowerCase().startsWith("multipart/")) {
      throw new HttpError(HttpError.BAD_REQUEST, "send the fields as application/x-www-form-urlencoded");
    }
    String encoded = exchange.getRequestMethod().equals("POST")
        ? Exchanges.body(exchange, (long) config.maxTextLength() * BODY_BYTES_PER_CHAR + BODY_BYTES_EXTRA)
        : exchange.getRequestURI().getRawQuery();
    CheckRequest request = CheckRequest.from(FormData.parse(encoded), config.maxTextLength());
    EmpathyLinter linter = linters.get(request.language());
    if (linter == null) {
      throw new HttpError(HttpError.BAD_REQUEST, "language '" + request.language().code() + "' is not loaded");
    }
    return withinTimeLimit(linter, request);
  }

  private String withinTimeLimit(EmpathyLinter linter, CheckRequest request) {
    Future<String> answer;
    try {
      answer = checks.submit(() -> CheckAnswer.json(linter, request));
    } catch (RejectedExecutionException e) {
      throw new HttpError(HttpError.UNAVAILABLE, "the server is busy; try again shortly");
    }
    try {
      return answer.get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw new HttpError(HttpError.UNAVAILABLE,
          "checking took longer than the server's limit of " + config.timeout().toMillis() + " ms");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      answer.cancel(true);
      throw new HttpError(HttpError.UNAVAILABLE, "the server is shutting down");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
