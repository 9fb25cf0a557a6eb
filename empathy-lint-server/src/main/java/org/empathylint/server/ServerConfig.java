package org.empathylint.server;

import java.time.Duration;
import java.util.Set;

/**
 * How {@link CheckServer} listens and what it accepts.
 *
 * @param corsOrigins the browser origins allowed to call the server; {@code "*"} allows any
 * @param threads     checks run at once; as many more may wait, further requests get 503
 */
public record ServerConfig(String host, int port, int maxTextLength, Duration timeout, Set<String> corsOrigins,
    int threads) {

  public ServerConfig {
    corsOrigins = Set.copyOf(corsOrigins);
    if (maxTextLength < 1 || threads < 1 || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("max text length, threads and timeout must be positive");
    }
  }

  /** Local only, LanguageTool's port, 50,000 characters, 20 seconds, no browser origins. */
  public static ServerConfig defaults() {
    return new ServerConfig("127.0.0.1", 8081, 50_000, Duration.ofSeconds(20), Set.of(),
        Math.max(2, Runtime.getRuntime().availableProcessors()));
  }

  public ServerConfig withPort(int port) {
    return new ServerConfig(host, port, maxTextLength, timeout, corsOrigins, threads);
  }

  public ServerConfig withMaxTextLength(int maxTextLength) {
    return new ServerConfig(host, port, maxTextLength, timeout, corsOrigins, threads);
  }

  public ServerConfig withTimeout(Duration timeout) {
    return new ServerConfig(host, port, maxTextLength, timeout, corsOrigins, threads);
  }

  public ServerConfig withCorsOrigins(Set<String> corsOrigins) {
    return new ServerConfig(host, port, maxTextLength, timeout, corsOrigins, threads);
  }
}
