package org.empathylint.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.empathylint.EmpathyLinter;
import org.empathylint.server.CheckServer;
import org.empathylint.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Serves LanguageTool's HTTP API, so that LanguageTool's browser and mail add-ons can use the packs. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    header = "Runs a LanguageTool-compatible server (POST /v2/check, GET /v2/languages).",
    description = {
        "Point a LanguageTool add-on's \"local server\" / \"other server\" setting at",
        "http://localhost:8081/v2. Runs until Ctrl-C or SIGTERM; then it answers the",
        "requests in progress (at most --timeout-ms later) and exits with 0.",
        "An overlay with 'language: nl' applies to Dutch only; one without 'language:' to both.",
        "Requests give language=nl, nl-NL, nl-BE, da or da-DK, or auto: Dutch or Danish, as",
        "detected from the text (the answer's language.detectedLanguage says which)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:stopped by Ctrl-C or SIGTERM, the requests in progress answered",
        "2:usage error, or the address is already in use",
        "4:the rule overlay could not be read or is invalid",
        "5:internal error"})
final class ServeCommand implements Callable<Integer> {
  private final Environment env;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(names = "--port", defaultValue = "8081", description = "Port (default: ${DEFAULT-VALUE}, as LanguageTool).")
  int port;

  @Option(names = "--max-text-length", defaultValue = "50000", paramLabel = "CHARS",
      description = "Longer texts (or customer messages) are refused with 413 (default: ${DEFAULT-VALUE}).")
  int maxTextLength;

  @Option(names = "--max-matches", defaultValue = "1000", paramLabel = "N",
      description = "Matches listed per answer; more are left out and marked as incomplete results "
          + "(default: ${DEFAULT-VALUE}).")
  int maxMatches;

  @Option(names = "--timeout-ms", defaultValue = "20000", paramLabel = "MS",
      description = "A check taking longer, waiting included, is answered with 503 and stopped "
          + "(default: ${DEFAULT-VALUE}).")
  long timeoutMillis;

  @Option(names = "--queue", defaultValue = "64", paramLabel = "N",
      description = "Requests that may wait for a thread; beyond --threads + --queue: 503 (default: ${DEFAULT-VALUE}).")
  int queue;

  @Option(names = "--header-timeout-ms", defaultValue = "10000", paramLabel = "MS",
      description = "A connection must send a whole request header within this time of opening or of its "
          + "last answer, or it is closed (default: ${DEFAULT-VALUE}).")
  long headerTimeoutMillis;

  @Option(names = "--body-timeout-ms", defaultValue = "30000", paramLabel = "MS",
      description = "The whole request body must arrive within this time of its header, or 408 "
          + "(default: ${DEFAULT-VALUE}).")
  long bodyTimeoutMillis;

  @Option(names = "--idle-timeout-ms", defaultValue = "30000", paramLabel = "MS",
      description = "A connection on which nothing moves for this long is closed (default: ${DEFAULT-VALUE}).")
  long idleTimeoutMillis;

  @Option(names = "--max-connections", defaultValue = "256", paramLabel = "N",
      description = "Open connections at most; more wait to be accepted (default: ${DEFAULT-VALUE}).")
  int maxConnections;

  @Option(names = "--cors-origin", paramLabel = "ORIGIN",
      description = "A browser origin allowed to call the server, e.g. moz-extension://…; repeatable; * for any.")
  List<String> corsOrigins = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N",
      description = "Checks run at once (default: the number of processors, at least 2).")
  Integer threads;

  @Mixin
  OverlayOptions rules;

  ServeCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    Inputs.requireReadableOverlays(rules.overlays);
    ServerConfig config = config();
    env.err().println(Main.NAME + ": loading languages " + EmpathyLinter.availableLanguages() + " …");
    CheckServer server;
    try {
      server = CheckServer.start(config, this::buildLinter, env.err());
    } catch (IOException e) {
      throw new CliException(ExitCode.USAGE, "cannot listen on " + host + ":" + port + ": " + e.getMessage());
    }
    CountDownLatch stop = new CountDownLatch(1);
    StopSignals.onTermOrInt(stop::countDown);
    env.err().println(Main.NAME + ": serving " + server.baseUri() + " (Ctrl-C stops)");
    stop.await();
    env.err().println(Main.NAME + ": stopping; answering the " + server.checksInProgress() + " checks in progress");
    server.close();
    env.err().println(Main.NAME + ": stopped");
    return ExitCode.OK;
  }

  private ServerConfig config() {
    try {
      ServerConfig.Builder config = ServerConfig.builder().host(host).port(port).maxTextLength(maxTextLength)
          .maxMatches(maxMatches).timeout(Duration.ofMillis(timeoutMillis)).queue(queue)
          .headerTimeout(Duration.ofMillis(headerTimeoutMillis)).bodyTimeout(Duration.ofMillis(bodyTimeoutMillis))
          .idleTimeout(Duration.ofMillis(idleTimeoutMillis)).maxConnections(maxConnections)
          .corsOrigins(Set.copyOf(corsOrigins));
      if (threads != null) {
        config.threads(threads);
      }
      return config.build();
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCode.USAGE, e.getMessage());
    }
  }

  /**
   * The language's linter, with each overlay that is for this language (or names none), in the
   * order given; the overlays' warnings are printed on stderr.
   */
  EmpathyLinter buildLinter(String language) {
    EmpathyLinter.Builder builder = EmpathyLinter.builder(language).minimumSeverity(rules.minimumSeverity);
    rules.overlays.forEach(builder::sharedOverlay);
    EmpathyLinter linter = builder.build();
    linter.warnings().forEach(w -> env.err().println(Main.NAME + ": " + w));
    return linter;
  }
}
