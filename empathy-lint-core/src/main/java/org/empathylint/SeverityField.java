package org.empathylint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Adds each finding's severity to LanguageTool {@code /v2/check} JSON, as {@code "severity":
 * "hint"} on its match: LanguageTool's clients read the fields they know and skip the others, so
 * they are not disturbed, and a host that knows the field can show it.
 */
public final class SeverityField {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SeverityField() {}

  /**
   * @param languageToolJson a {@code /v2/check} response
   * @param severities one per match, in the order of its {@code matches}
   * @throws IllegalArgumentException when the JSON is not such a response or the counts differ
   */
  public static String addTo(String languageToolJson, List<Severity> severities) {
    try {
      JsonNode root = JSON.readTree(languageToolJson);
      JsonNode matches = root.path("matches");
      if (!matches.isArray() || matches.size() != severities.size()) {
        throw new IllegalArgumentException("expected " + severities.size() + " matches in the JSON, found "
            + (matches.isArray() ? matches.size() : "no 'matches' array"));
      }
      for (int i = 0; i < severities.size(); i++) {
        ((ObjectNode) matches.get(i)).put("severity", severities.get(i).lowerCaseName());
      }
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
