package org.empathylint.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * One request and its answer, which is written exactly once: whichever comes first of the check,
 * its time limit or an error wins, and the others find the exchange answered. A pending deadline is
 * cancelled when the answer is written.
 */
final class Exchange {
  static final String JSON_TYPE = "application/json; charset=utf-8";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Request request;
  private final Response response;
  private final Callback callback;
  private final AtomicBoolean answered = new AtomicBoolean();
  private final AtomicReference<Scheduler.Task> deadline = new AtomicReference<>();

  Exchange(Request request, Response response, Callback callback) {
    this.request = request;
    this.response = response;
    this.callback = callback;
  }

  Request request() {
    return request;
  }

  Response response() {
    return response;
  }

  boolean isAnswered() {
    return answered.get();
  }

  /** Runs {@code task} after {@code millis} unless the exchange is answered first. */
  void deadline(long millis, Runnable task) {
    Scheduler.Task scheduled = request.getComponents().getScheduler()
        .schedule(task, millis, TimeUnit.MILLISECONDS);
    Scheduler.Task previous = deadline.getAndSet(scheduled);
    if (previous != null) {
      previous.cancel();
    }
    if (isAnswered()) {
      scheduled.cancel(); // answered while it was being scheduled
    }
  }

  /** Writes the answer unless one was written already; returns whether this one was. */
  boolean answer(int status, String json) {
    if (!claim()) {
      return false;
    }
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON_TYPE);
    response.write(true, ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)), callback);
    return true;
  }

  /** Answers with a status and no body (a CORS preflight). */
  void answerEmpty(int status) {
    if (claim()) {
      response.setStatus(status);
      response.write(true, null, callback);
    }
  }

  /** Answers {@code {"error": ...}} with the error's status. */
  boolean fail(HttpError error) {
    return answer(error.status(), errorJson(error.getMessage()));
  }

  /** Answers the error and closes the connection (its request was not read to the end). */
  boolean failAndClose(HttpError error) {
    if (isAnswered()) {
      return false;
    }
    response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    return fail(error);
  }

  /** Takes the right to answer (once) and cancels the pending deadline. */
  private boolean claim() {
    if (!answered.compareAndSet(false, true)) {
      return false;
    }
    Scheduler.Task pending = deadline.getAndSet(null);
    if (pending != null) {
      pending.cancel();
    }
    return true;
  }

  static String errorJson(String message) {
    return JSON.createObjectNode().put("error", message).toString();
  }

  static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
