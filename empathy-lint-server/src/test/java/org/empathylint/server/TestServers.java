package org.empathylint.server;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.empathylint.EmpathyLinter;

/**
 * Servers on free ports for the tests of this JVM, all sharing one linter per language (LanguageTool's
 * Dutch data takes seconds to load). They stop when the JVM does.
 */
final class TestServers {
  static final int MAX_TEXT_LENGTH = 5_000;
  static final String ALLOWED_ORIGIN = "moz-extension://empathy-test";

  private static final Map<String, EmpathyLinter> LINTERS = new ConcurrentHashMap<>();
  private static final Map<Duration, CheckServer> SERVERS = new ConcurrentHashMap<>();

  private TestServers() {}

  /** A server with a time limit that no check reaches. */
  static CheckServer normal() {
    return withTimeout(Duration.ofSeconds(60));
  }

  static synchronized CheckServer withTimeout(Duration timeout) {
    return SERVERS.computeIfAbsent(timeout, t -> {
      ServerConfig.Builder config = ServerConfig.builder().port(0).maxTextLength(MAX_TEXT_LENGTH)
          .timeout(t).corsOrigins(Set.of(ALLOWED_ORIGIN));
      return start(config);
    });
  }

  /** A server of its own (the caller closes it), on the shared linters. */
  static CheckServer start(ServerConfig.Builder config) {
    try {
      return CheckServer.start(config.port(0).build(), TestServers::linter, new PrintStream(System.err, true));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static EmpathyLinter linter(String language) {
    return LINTERS.computeIfAbsent(language, x -> EmpathyLinter.builder(x).build());
  }
}
