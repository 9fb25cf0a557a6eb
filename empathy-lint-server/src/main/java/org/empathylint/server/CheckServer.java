package org.empathylint.server;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.empathylint.EmpathyLinter;

/**
 * A LanguageTool-compatible HTTP server ({@code /v2/check}, {@code /v2/languages}) for the packs on
 * the classpath, so that LanguageTool's browser and mail add-ons can use empathy-lint.
 *
 * <p>Connections are read by a small pool; checks run in a bounded pool (threads, and as many waiting),
 * so that a burst gets 503 rather than piling up, and a slow check can be answered with 503 on time.
 */
public final class CheckServer implements AutoCloseable {
  private static final int STOP_GRACE_SECONDS = 2;

  private final HttpServer http;
  private final ExecutorService connections;
  private final ExecutorService checks;
  private final String host;

  private CheckServer(HttpServer http, ExecutorService connections, ExecutorService checks, String host) {
    this.http = http;
    this.connections = connections;
    this.checks = checks;
    this.host = host;
  }

  /**
   * Builds a linter for each served language whose pack is on the classpath (seconds for Dutch), then
   * listens. Port 0 picks a free port.
   */
  public static CheckServer start(ServerConfig config, Function<String, EmpathyLinter> linterForLanguage,
      PrintStream log) throws IOException {
    Map<ServedLanguage, EmpathyLinter> linters = new EnumMap<>(ServedLanguage.class);
    for (ServedLanguage language : ServedLanguage.values()) {
      if (EmpathyLinter.availableLanguages().contains(language.code())) {
        linters.put(language, linterForLanguage.apply(language.code()));
      }
    }
    ThreadPoolExecutor checks = new ThreadPoolExecutor(config.threads(), config.threads(), 0, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(config.threads()));
    ExecutorService connections = Executors.newFixedThreadPool(2 * config.threads());
    HttpServer http = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 0);
    Cors cors = new Cors(config.corsOrigins());
    http.createContext("/v2/check", new CheckHandler(linters, checks, config, cors, log));
    http.createContext("/v2/languages", new LanguagesHandler(linters.keySet(), cors, log));
    http.createContext("/", new NotFoundHandler(cors, log));
    http.setExecutor(connections);
    http.start();
    return new CheckServer(http, connections, checks, config.host());
  }

  public int port() {
    return http.getAddress().getPort();
  }

  /** The URL LanguageTool clients take as their server: {@code http://host:port/v2}. */
  public URI baseUri() {
    String name = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + name + ":" + port() + "/v2");
  }

  /** Stops listening, lets running exchanges finish briefly, then stops both pools. */
  @Override
  public void close() {
    http.stop(STOP_GRACE_SECONDS);
    connections.shutdownNow();
    checks.shutdownNow();
  }
}
