package org.empathylint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code --version} and {@code -V} print the project's version, on the command and every subcommand. */
class VersionOptionTest {

  private static String projectVersion() throws IOException {
    String pom = Files.readString(Path.of("..", "pom.xml"));
    Matcher m = Pattern.compile("<artifactId>empathy-lint-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @Test
  void everyCommandPrintsTheProjectVersion() throws IOException {
    String expected = "empathy-lint " + projectVersion() + "\n";
    for (String command : new String[] {null, "check", "batch", "eval", "serve", "audit"}) {
      for (String option : new String[] {"--version", "-V"}) {
        CliRun run = command == null ? CliRun.run(new FakeChecker(Map.of()), "", option)
            : CliRun.run(new FakeChecker(Map.of()), "", command, option);
        assertThat(run.exitCode).as("%s %s", command, option).isZero();
        assertThat(run.out).as("%s %s", command, option).isEqualTo(expected);
        assertThat(run.err).isEmpty();
      }
    }
  }
}
