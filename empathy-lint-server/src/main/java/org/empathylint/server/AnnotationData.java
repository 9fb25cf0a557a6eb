package org.empathylint.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;

/**
 * LanguageTool's {@code data} field: {@code {"annotation": [{"text": "..."}, {"markup": "<p>",
 * "interpretAs": "\n\n"}]}}. Offsets of the answer point into text and markup concatenated.
 */
final class AnnotationData {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AnnotationData() {}

  static AnnotatedText parse(String data) {
    JsonNode root;
    try {
      root = JSON.readTree(data);
    } catch (JsonProcessingException e) {
      throw badData("'data' is not valid JSON: " + e.getOriginalMessage());
    }
    JsonNode parts = root == null ? null : root.get("annotation");
    if (parts == null || !parts.isArray()) {
      throw badData("'data' needs an array 'annotation'");
    }
    AnnotatedTextBuilder builder = new AnnotatedTextBuilder();
    for (JsonNode part : parts) {
      JsonNode text = part.get("text");
      JsonNode markup = part.get("markup");
      if (text != null && markup == null && text.isTextual()) {
        builder.addText(text.asText());
      } else if (markup != null && text == null && markup.isTextual()) {
        JsonNode interpretAs = part.get("interpretAs");
        if (interpretAs == null) {
          builder.addMarkup(markup.asText());
        } else if (interpretAs.isTextual()) {
          builder.addMarkup(markup.asText(), interpretAs.asText());
        } else {
          throw badData("'interpretAs' must be a string");
        }
      } else {
        throw badData("each annotation needs a string 'text' or a string 'markup' (not both)");
      }
    }
    return builder.build();
  }

  private static HttpError badData(String message) {
    return new HttpError(HttpError.BAD_REQUEST, message);
  }
}
