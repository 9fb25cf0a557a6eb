package org.empathylint.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import org.empathylint.audit.FieldMapping.Field;

/**
 * Turns one export record (a JSON object, a CSV row, a Spark row) into a {@link Reply}, or says what is
 * wrong with it.
 */
public final class RecordFields {

  /** A record that cannot be audited; the message says why. */
  public static final class Invalid extends Exception {
    Invalid(String message) {
      super(message);
    }
  }

  private RecordFields() {
  }

  /**
   * @param where where the record is, for messages
   * @param value the record's text under a column name, or null when the record has no such column
   * @throws Invalid when it has no text, a blank one, an unreadable date or html flag
   */
  public static Reply toReply(String where, FieldMapping mapping, Function<String, String> value) throws Invalid {
    String text = field(mapping, Field.TEXT, value);
    if (text == null) {
      throw new Invalid("no reply text (field '" + String.join("' or '", mapping.columns(Field.TEXT)) + "')");
    }
    if (text.isBlank()) {
      throw new Invalid("the reply text is blank");
    }
    String html = field(mapping, Field.HTML, value);
    if (html != null && !html.equalsIgnoreCase("true") && !html.equalsIgnoreCase("false")) {
      throw new Invalid("'html' must be true or false, not '" + html + "'");
    }
    String language = field(mapping, Field.LANGUAGE, value);
    return new Reply(where, field(mapping, Field.ID, value), text, Boolean.parseBoolean(html),
        blankToNull(field(mapping, Field.CUSTOMER, value)),
        language == null || language.isBlank() ? null : language.trim().toLowerCase(Locale.ROOT),
        blankToNull(field(mapping, Field.AGENT, value)), blankToNull(field(mapping, Field.TEAM, value)),
        date(field(mapping, Field.DATE, value)));
  }

  private static String field(FieldMapping mapping, Field field, Function<String, String> value) {
    for (String column : mapping.columns(field)) {
      String found = value.apply(column);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** An ISO date, or the date of an ISO date-time ("2026-03-14", "2026-03-14T09:30:00Z"). */
  static LocalDate date(String text) throws Invalid {
    if (text == null || text.isBlank()) {
      return null;
    }
    String trimmed = text.trim();
    try {
      return LocalDate.parse(trimmed.length() > 10 ? trimmed.substring(0, 10) : trimmed);
    } catch (DateTimeParseException e) {
      throw new Invalid("date '" + trimmed + "' is not an ISO date (2026-03-14 or 2026-03-14T09:30:00Z)");
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
