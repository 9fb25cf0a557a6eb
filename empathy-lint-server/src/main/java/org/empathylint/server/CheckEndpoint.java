package org.empathylint.server;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.empathylint.EmpathyLinter;
import org.empathylint.LanguageDetection;

/**
 * {@code /v2/check}: form fields in (POST body or GET query), LanguageTool's JSON out. The body is
 * read without holding a thread, within the body timeout; the check runs in the {@link CheckQueue}
 * and is stopped when it passes the time limit.
 */
final class CheckEndpoint {
  /** Percent-encoding takes up to 9 bytes per character; markup and other fields come on top. */
  private static final int BODY_BYTES_PER_CHAR = 12;
  private static final int BODY_BYTES_EXTRA = 64 * 1024;

  private final Map<ServedLanguage, EmpathyLinter> linters;
  private final LanguageDetection detection;
  private final CheckQueue queue;
  private final ServerConfig config;
  private final PrintStream log;
  private final int maxBodyBytes;

  CheckEndpoint(Map<ServedLanguage, EmpathyLinter> linters, CheckQueue queue, ServerConfig config, PrintStream log) {
    this.linters = linters;
    this.detection = new LanguageDetection(linters.keySet().stream().map(ServedLanguage::code).toList());
    this.queue = queue;
    this.config = config;
    this.log = log;
    this.maxBodyBytes = maxBodyBytes(config);
  }

  /** The largest request body that can hold a text of the maximum length. */
  static int maxBodyBytes(ServerConfig config) {
    long bytes = (long) config.maxTextLength() * BODY_BYTES_PER_CHAR + BODY_BYTES_EXTRA;
    return (int) Math.min(Integer.MAX_VALUE - 8, bytes);
  }

  void handle(Exchange exchange) {
    String contentType = exchange.request().getHeaders().get(HttpHeader.CONTENT_TYPE);
    if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      throw new HttpError(HttpError.BAD_REQUEST, "send the fields as application/x-www-form-urlencoded");
    }
    if (exchange.request().getMethod().equals("GET")) {
      String query = exchange.request().getHttpURI().getQuery();
      check(exchange, query == null ? new byte[0] : query.getBytes(StandardCharsets.UTF_8));
      return;
    }
    exchange.deadline(config.bodyTimeout().toMillis(), () -> exchange.failAndClose(new HttpError(
        HttpError.REQUEST_TIMEOUT, "the request body did not arrive within " + config.bodyTimeout().toMillis()
        + " ms")));
    // The SizeLimitHandler in front refuses a longer body (a longer Content-Length before it is read).
    Content.Source.asByteArrayAsync(exchange.request(), -1).whenComplete((body, failure) -> {
      if (exchange.isAnswered()) {
        return;
      }
      if (failure != null) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause() : failure;
        exchange.failAndClose(cause instanceof HttpException http && http.getCode() == HttpError.TOO_LARGE
            ? new HttpError(HttpError.TOO_LARGE, "the request body is larger than " + maxBodyBytes + " bytes")
            : new HttpError(HttpError.BAD_REQUEST, "the request body could not be read"));
        return;
      }
      try {
        check(exchange, body);
      } catch (HttpError e) {
        exchange.fail(e);
      }
    });
  }

  private void check(Exchange exchange, byte[] encoded) {
    CheckRequest request = CheckRequest.from(FormData.parse(encoded), config.maxTextLength(),
        text -> RequestLanguage.detected(text, detection, linters.keySet()));
    EmpathyLinter linter = linters.get(request.language().served());
    if (linter == null) {
      throw new HttpError(HttpError.BAD_REQUEST, "language '" + request.language().served().code() + "' is not loaded");
    }
    CheckQueue.Job job = queue.offer(() -> answer(exchange, linter, request));
    if (job == null) {
      throw new HttpError(HttpError.UNAVAILABLE, "the server is busy (" + config.threads() + " checks running, "
          + config.queue() + " waiting); try again shortly");
    }
    exchange.deadline(config.timeout().toMillis(), () -> {
      exchange.fail(new HttpError(HttpError.UNAVAILABLE,
          "checking took longer than the server's limit of " + config.timeout().toMillis() + " ms"));
      job.stop();
    });
  }

  /** Runs on a check thread: the check, then what writes its answer. */
  private Runnable answer(Exchange exchange, EmpathyLinter linter, CheckRequest request) {
    if (exchange.isAnswered()) {
      return () -> { };
    }
    try {
      String json = CheckAnswer.json(linter, request, config.maxMatches());
      return () -> exchange.answer(200, json);
    } catch (CancellationException e) {
      return () -> { }; // stopped by the time limit, which has answered
    } catch (HttpError e) {
      return () -> exchange.fail(e);
    } catch (RuntimeException | OutOfMemoryError e) {
      log.println("empathy-lint serve: internal error on /v2/check: " + e);
      e.printStackTrace(log);
      return () -> exchange.fail(new HttpError(HttpError.INTERNAL_ERROR, "internal error"));
    }
  }
}
