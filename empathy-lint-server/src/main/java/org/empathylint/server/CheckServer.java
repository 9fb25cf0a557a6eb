package org.empathylint.server;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.empathylint.EmpathyLinter;

/**
 * A LanguageTool-compatible HTTP server ({@code /v2/check}, {@code /v2/languages}) for the packs on
 * the classpath, so that LanguageTool's browser and mail add-ons can use empathy-lint. Embed it with
 * {@link #start}; {@link #close} stops it gracefully.
 *
 * <p>Connections are read without a thread per connection (Jetty), so slow clients cost no thread:
 * they are closed by the header, body and idle timeouts of the {@link ServerConfig}. Checks run in a
 * bounded pool (threads, and a queue), so a burst gets 503 rather than piling up; a check past the time
 * limit is answered with 503 and stopped.
 */
public final class CheckServer implements AutoCloseable {
  /** Request line and headers together; LanguageTool's clients send far less. */
  static final int MAX_HEADER_BYTES = 8 * 1024;
  private static final int HTTP_THREADS = 16;
  /** Added to the check time limit for the answers still being written when the server stops. */
  private static final long STOP_GRACE_MILLIS = 2_000;

  private final Server server;
  private final CheckQueue queue;
  private final String host;
  private final int port;

  private CheckServer(Server server, CheckQueue queue, String host, int port) {
    this.server = server;
    this.queue = queue;
    this.host = host;
    this.port = port;
  }

  /**
   * Builds a linter for each served language whose pack is on the classpath (seconds for Dutch), then
   * listens.
   *
   * @param linterForLanguage makes the linter for a language code ({@code "nl"}, {@code "da"})
   * @param log               where internal errors are reported
   * @throws IOException when the address cannot be listened on (for example, the port is in use)
   */
  public static CheckServer start(ServerConfig config, Function<String, EmpathyLinter> linterForLanguage,
      PrintStream log) throws IOException {
    Map<ServedLanguage, EmpathyLinter> linters = new EnumMap<>(ServedLanguage.class);
    for (ServedLanguage language : ServedLanguage.values()) {
      if (EmpathyLinter.availableLanguages().contains(language.code())) {
        linters.put(language, linterForLanguage.apply(language.code()));
      }
    }
    QueuedThreadPool threads = new QueuedThreadPool(HTTP_THREADS, 2);
    threads.setName("empathy-lint-http");
    Server server = new Server(threads);
    HeaderDeadline headerDeadline = new HeaderDeadline(server.getScheduler(), config.headerTimeout().toMillis());
    ServerConnector connector = connector(server, config, headerDeadline);
    CheckQueue queue = new CheckQueue(config.threads(), config.queue());
    CheckEndpoint check = new CheckEndpoint(linters, queue, config, log);
    SizeLimitHandler bodyLimit = new SizeLimitHandler(CheckEndpoint.maxBodyBytes(config), -1);
    bodyLimit.setHandler(new Routes(check, linters.keySet(), new Cors(config.corsOrigins()), headerDeadline, log));
    GracefulHandler graceful = new GracefulHandler(bodyLimit);
    server.setHandler(graceful);
    server.setErrorHandler(new JsonErrorHandler());
    // On stop, connections whose check is still running must not idle out before it is answered.
    long stopMillis = config.timeout().toMillis() + STOP_GRACE_MILLIS;
    server.setStopTimeout(stopMillis);
    connector.setShutdownIdleTimeout(stopMillis);
    graceful.setShutdownIdleTimeout(stopMillis);
    try {
      server.start();
    } catch (IOException e) {
      queue.close();
      stopQuietly(server);
      throw e;
    } catch (Exception e) {
      queue.close();
      stopQuietly(server);
      throw new IllegalStateException("the server could not start: " + e, e);
    }
    return new CheckServer(server, queue, config.host(), connector.getLocalPort());
  }

  /** One HTTP/1.1 connector with the configuration's address, timeouts and connection limit. */
  private static ServerConnector connector(Server server, ServerConfig config, HeaderDeadline headerDeadline) {
    HttpConfiguration http = new HttpConfiguration();
    http.setRequestHeaderSize(MAX_HEADER_BYTES);
    http.setSendServerVersion(false);
    ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(config.host());
    connector.setPort(config.port());
    connector.setIdleTimeout(config.idleTimeout().toMillis());
    connector.setAcceptedTcpNoDelay(true); // else each small answer waits ~40 ms for the client's ACK
    connector.addBean(headerDeadline);
    server.addConnector(connector);
    server.addBean(new NetworkConnectionLimit(config.maxConnections(), connector));
    return connector;
  }

  /** The port listened on (the one picked, when the configuration gave 0). */
  public int port() {
    return port;
  }

  /** Checks running or waiting for a thread now (for a host's monitoring). */
  public int checksInProgress() {
    return queue.inProgress();
  }

  /** The URL LanguageTool clients take as their server: {@code http://host:port/v2}. */
  public URI baseUri() {
    String name = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + name + ":" + port() + "/v2");
  }

  /**
   * Stops gracefully: no new connections or requests are taken (a request on an open connection gets
   * 503), the requests in progress are answered (at most the check time limit later), then the
   * connections close.
   */
  @Override
  public void close() {
    stopQuietly(server);
    queue.close();
  }

  private static void stopQuietly(Server server) {
    try {
      server.stop();
    } catch (Exception e) {
      // Stopping is best effort: what could not stop in time is abandoned with the process.
    }
  }
}
