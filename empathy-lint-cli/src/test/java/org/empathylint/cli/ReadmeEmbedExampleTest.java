package org.empathylint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README's "Use it in your project" shows what {@code examples/embed/} is (whose run.sh CI builds
 * and runs against the installed artifacts): the same Main, and the project's own coordinates.
 */
class ReadmeEmbedExampleTest {
  private static final Path ROOT = Path.of("..");
  private static final String MAIN = "examples/embed/src/main/java/com/example/helpdesk/Main.java";

  private static String projectVersion() throws IOException {
    Matcher m = Pattern.compile("<artifactId>empathy-lint-parent</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(Files.readString(ROOT.resolve("pom.xml")));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @Test
  void theReadmesExampleIsTheEmbeddedProjectsMain() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String marker = "<!-- " + MAIN + " -->\n```java\n";
    int start = readme.indexOf(marker);
    assertThat(start).as("README marks the example with " + marker).isPositive();
    start += marker.length();
    String shown = readme.substring(start, readme.indexOf("```\n", start));
    assertThat(shown).isEqualTo(Files.readString(ROOT.resolve(MAIN)));
  }

  @Test
  void theReadmesCoordinatesAreTheModulesAndTheirVersion() throws IOException {
    String section = Files.readString(ROOT.resolve("README.md")).split("## Use it in your project")[1].split("\n## ")[0];
    Matcher m = Pattern.compile("<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>[^<]*(?:<!--[^>]*-->\\s*)?"
        + "<version>([^<]+)</version>").matcher(section);
    List<String> artifacts = new ArrayList<>();
    while (m.find()) {
      assertThat(m.group(1)).isEqualTo("org.empathylint");
      assertThat(m.group(3)).isEqualTo(projectVersion());
      assertThat(ROOT.resolve(m.group(2)).resolve("pom.xml")).exists();
      artifacts.add(m.group(2));
    }
    assertThat(artifacts).containsExactly("empathy-lint-core", "empathy-lint-rules-nl", "empathy-lint-rules-da");
    assertThat(Files.readString(ROOT.resolve("examples/embed/pom.xml")))
        .contains("<empathy-lint.version>" + projectVersion() + "</empathy-lint.version>");
  }
}
