package org.empathylint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.empathylint.EmpathyLinter;
import org.empathylint.pack.PackEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve}: overlays per language, and a clean stop on SIGTERM. */
class ServeCommandTest {
  private static final String DUTCH_OVERLAY = """
      language: nl
      category: PROCESS_JARGON
      rules:
        - id: ACME_JARGON_ZENDESK
          phrase: "[zendesk]"
          message: "'{flagged}' kent de klant niet. Schrijf 'ons systeem'."
          suggestions: ["ons systeem"]
          examples:
            bad: ["Uw vraag staat in <<Zendesk>>."]
      """;
  private static final String DANISH_OVERLAY = """
      language: da
      category: PROCESS_JARGON
      rules:
        - id: ACME_DA_JARGON_ZENDESK
          phrase: "[zendesk]"
          message: "'{flagged}' kender kunden ikke. Skriv 'vores system'."
          suggestions: ["vores system"]
          examples:
            bad: ["Din sag ligger i <<Zendesk>>."]
      """;

  @TempDir
  Path dir;

  @Test
  void eachOverlayAppliesToItsOwnLanguageOnly() throws Exception {
    Path overlay = Files.writeString(dir.resolve("acme.yaml"), DUTCH_OVERLAY);
    ServeCommand serve = new ServeCommand(new Environment(System.in, System.out, System.err, LinterChecker::new));
    Path danishOverlay = Files.writeString(dir.resolve("acme-da.yaml"), DANISH_OVERLAY);
    serve.rules = new OverlayOptions();
    serve.rules.overlays = java.util.List.of(overlay, danishOverlay);
    serve.rules.minimumSeverity = org.empathylint.Severity.HINT;

    EmpathyLinter danish = serve.buildLinter("da");
    EmpathyLinter dutch = serve.buildLinter("nl");

    assertThat(danish.rulePack().entries()).extracting(PackEntry::id)
        .doesNotContain("ACME_JARGON_ZENDESK").contains("ACME_DA_JARGON_ZENDESK");
    assertThat(dutch.rulePack().entries()).extracting(PackEntry::id)
        .contains("ACME_JARGON_ZENDESK").doesNotContain("ACME_DA_JARGON_ZENDESK");
  }

  @Test
  void anOverlayForALanguageWithoutAPackIsRefusedWithItsPosition() throws Exception {
    Path overlay = Files.writeString(dir.resolve("fr.yaml"), "language: fr\nrules: []\n");
    ServeCommand serve = new ServeCommand(new Environment(System.in, System.out, System.err, LinterChecker::new));
    serve.rules = new OverlayOptions();
    serve.rules.overlays = java.util.List.of(overlay);
    serve.rules.minimumSeverity = org.empathylint.Severity.HINT;

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> serve.buildLinter("nl"))
        .isInstanceOf(org.empathylint.RulePackException.class)
        .hasMessageContaining(overlay + ":1:11: this overlay is for language 'fr', which has no rule pack");
  }

  @Test
  void sigtermAnswersTheRequestInProgressAndExitsWithZero() throws Exception {
    Path log = dir.resolve("serve.log");
    Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        Main.class.getName(), "serve", "--port", "0")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      URI base = awaitServing(serve, log);
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      // Connected and warm, so that the check below is in progress when the signal comes.
      http.send(HttpRequest.newBuilder(URI.create(base + "/languages")).build(),
          HttpResponse.BodyHandlers.discarding());
      var inFlight = http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/check"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("language=nl&text="
              + "Indien+u+vragen+heeft%2C+neem+dan+contact+op.+".repeat(200))).build(),
          HttpResponse.BodyHandlers.ofString());
      Thread.sleep(2_000); // the request reaches the server; its check (cold) takes seconds

      serve.destroy(); // SIGTERM

      assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(serve.exitValue()).as(Files.readString(log)).isZero();
      assertThat(inFlight.get().statusCode()).as(inFlight.get().body()).isEqualTo(200);
      assertThat(Files.readString(log)).contains("stopped");
    } finally {
      serve.destroyForcibly();
    }
  }

  private static URI awaitServing(Process serve, Path log) throws Exception {
    Pattern serving = Pattern.compile("serving (http://\\S+/v2)");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (serve.isAlive() && System.nanoTime() < deadline) {
      Matcher m = serving.matcher(Files.readString(log));
      if (m.find()) {
        return URI.create(m.group(1));
      }
      Thread.sleep(100);
    }
    throw new AssertionError("serve did not start:\n" + Files.readString(log));
  }
}
