package org.empathylint.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class LanguageDetectorTest {
  private final LanguageDetector detector = new LanguageDetector();

  @Test
  void everyExampleAndMirrorCaseDraftAndCustomerMessageIsRecognised() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    int checked = 0;
    for (String line : Files.readAllLines(root.resolve("examples/batch.jsonl"))) {
      JsonNode record = new ObjectMapper().readTree(line);
      assertThat(detector.detect(record.get("text").asText())).as(line).contains(record.get("lang").asText());
      checked++;
    }
    for (String lang : List.of("nl", "da")) {
      List<Map<String, Object>> cases = new Yaml().load(Files.readString(root.resolve("eval/mirror-" + lang + ".yaml")));
      for (Map<String, Object> c : cases) {
        assertThat(detector.detect((String) c.get("draft"))).as(c.get("id") + " draft").contains(lang);
        assertThat(detector.detect((String) c.get("customer"))).as(c.get("id") + " customer").contains(lang);
        checked += 2;
      }
    }
    assertThat(checked).isGreaterThan(80);
  }

  @Test
  void textInNeitherLanguageIsNotRecognised() {
    assertThat(detector.detect("Dear customer, thank you for your message.")).isEqualTo(Optional.empty());
    assertThat(detector.detect("12345")).isEqualTo(Optional.empty());
  }
}
