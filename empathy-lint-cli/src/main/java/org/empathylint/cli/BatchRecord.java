package org.empathylint.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.function.Predicate;
import org.empathylint.Draft;

/** One input line of {@code batch}, read and checked for the fields it needs. */
record BatchRecord(String id, String language, Draft draft) {

  /** A line that is not a usable record; {@code id} is the record's id when it could be read. */
  static final class Invalid extends Exception {
    final String id;

    Invalid(String id, String message) {
      super(message);
      this.id = id;
    }
  }

  static BatchRecord from(JsonNode node, TextLimit limit) throws Invalid {
    if (!node.isObject()) {
      throw new Invalid(null, "not a JSON object");
    }
    JsonNode idNode = node.get("id");
    if (idNode == null || idNode.isNull()) {
      throw new Invalid(null, "missing \"id\"");
    }
    if (!idNode.isTextual()) {
      throw new Invalid(null, "\"id\" must be a string");
    }
    String id = idNode.textValue();
    String language = requiredString(node, "lang", id);
    String text = requiredString(node, "text", id);
    if (text.isBlank()) {
      throw new Invalid(id, "\"text\" is blank");
    }
    String customer = optional(node, "customer", JsonNode::isTextual, "a string", id);
    String tooLong = limit.problem("\"text\"", text);
    if (tooLong == null) {
      tooLong = limit.problem("\"customer\"", customer);
    }
    if (tooLong != null) {
      throw new Invalid(id, tooLong);
    }
    String html = optional(node, "html", JsonNode::isBoolean, "true or false", id);
    return new BatchRecord(id, language, Draft.of(text, customer).asHtml(Boolean.parseBoolean(html)));
  }

  /**
   * The record's "id" as far as a line that is not valid JSON (or beyond the parser's limits) can be
   * read: the top-level "id" string when it comes before the problem, else null.
   */
  static String readableId(JsonFactory json, String line) {
    try (JsonParser parser = json.createParser(line)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("id")) {
          return value == JsonToken.VALUE_STRING ? parser.getText() : null;
        }
        parser.skipChildren();
      }
    } catch (IOException | RuntimeException e) {
      // The problem came before any "id".
    }
    return null;
  }

  private static String requiredString(JsonNode node, String field, String id) throws Invalid {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new Invalid(id, "missing \"" + field + "\"");
    }
    if (!value.isTextual()) {
      throw new Invalid(id, "\"" + field + "\" must be a string");
    }
    return value.textValue();
  }

  /** The field as text, or null when absent or JSON null. */
  private static String optional(JsonNode node, String field, Predicate<JsonNode> valid,
      String expected, String id) throws Invalid {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!valid.test(value)) {
      throw new Invalid(id, "\"" + field + "\" must be " + expected);
    }
    return value.asText();
  }
}
