package org.empathylint.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself (a malformed request line, a header too large, a request during
 * shutdown) as {@code {"error": ...}}, like every other error of the server, never an HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Exchange.JSON_TYPE);
    response.write(true, body(code, message), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Exchange.JSON_TYPE);
    return body(status, reason);
  }

  private static ByteBuffer body(int code, String message) {
    String status = code + " " + HttpStatus.getMessage(code);
    String text = message == null || message.isBlank() || message.equals(HttpStatus.getMessage(code))
        ? status : status + ": " + message;
    return ByteBuffer.wrap(Exchange.errorJson(text).getBytes(StandardCharsets.UTF_8));
  }
}
