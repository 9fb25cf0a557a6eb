package org.empathylint.server;

/** A request the server answers with an error status and {@code {"error": message}}. */
final class HttpError extends RuntimeException {
  static final int BAD_REQUEST = 400;
  static final int FORBIDDEN = 403;
  static final int NOT_FOUND = 404;
  static final int METHOD_NOT_ALLOWED = 405;
  static final int REQUEST_TIMEOUT = 408;
  static final int TOO_LARGE = 413;
  static final int INTERNAL_ERROR = 500;
  static final int UNAVAILABLE = 503;

  private final int status;

  HttpError(int status, String message) {
    super(message, null, false, false); // no stack trace: these are answers, not bugs
    this.status = status;
  }

  int status() {
    return status;
  }
}
