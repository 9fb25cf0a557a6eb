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
        "http://localhost:8081/v2. Runs until interrupted (Ctrl-C or SIGTERM)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:stopped by a signal",
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
      description = "Longer texts are refused with 413 (default: ${DEFAULT-VALUE}).")
  int maxTextLength;

  @Option(names = "--timeout-ms", defaultValue = "20000", paramLabel = "MS",
      description = "A check taking longer is answered with 503 (default: ${DEFAULT-VALUE}).")
  long timeoutMillis;

  @Option(names = "--cors-origin", paramLabel = "ORIGIN",
      description = "A browser origin allowed to call the server, e.g. moz-extension://…; repeatable; * for any.")
  List<String> corsOrigins = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N",
      description = "Checks run at once (default: the number of processors, at least 2).")
  Integer threads;

  @Mixin
  RuleOptions rules;

  ServeCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    Inputs.requireReadableOverlay(rules.overlay);
    ServerConfig config = config();
    env.err().println(Main.NAME + ": loading languages " + EmpathyLinter.availableLanguages() + " …");
    CheckServer server;
    try {
      server = CheckServer.start(config, this::buildLinter, env.err());
    } catch (IOException e) {
      throw new CliException(ExitCode.USAGE, "cannot listen on " + host + ":" + port + ": " + e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "empathy-lint-serve-shutdown"));
    env.err().println(Main.NAME + ": serving " + server.baseUri() + " (Ctrl-C stops)");
    stopped.await();
    return ExitCode.OK;
  }

  private ServerConfig config() {
    try {
      ServerConfig.Builder config = ServerConfig.builder().host(host).port(port).maxTextLength(maxTextLength)
          .timeout(Duration.ofMillis(timeoutMillis)).corsOrigins(Set.copyOf(corsOrigins));
      if (threads != null) {
        config.threads(threads);
      }
      return config.build();
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCode.USAGE, e.getMessage());
    }
  }

  private EmpathyLinter buildLinter(String language) {
    EmpathyLinter.Builder builder = EmpathyLinter.builder(language).minimumSeverity(rules.minimumSeverity);
    if (rules.overlay != null) {
      builder.overlay(rules.overlay);
    }
    return builder.build();
  }
}
