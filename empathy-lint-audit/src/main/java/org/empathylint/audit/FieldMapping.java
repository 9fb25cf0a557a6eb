package org.empathylint.audit;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;

/**
 * Which column (CSV) or key (JSON Lines) of a ticket export holds which field. By default each
 * field is found under its own name; the language also under {@code lang}, as in {@code batch}
 * input.
 */
public final class FieldMapping implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The fields an export record can have; only {@link #TEXT} is required. */
  public enum Field {
    ID, TEXT, CUSTOMER, LANGUAGE, AGENT, TEAM, DATE, HTML;

    /** The field's name as written in mappings and default column names. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final EnumMap<Field, List<String>> columns;

  private FieldMapping(EnumMap<Field, List<String>> columns) {
    this.columns = columns;
  }

  /** Every field under its own name (and the language under {@code lang} too). */
  public static FieldMapping defaults() {
    EnumMap<Field, List<String>> columns = new EnumMap<>(Field.class);
    for (Field field : Field.values()) {
      columns.put(field, List.of(field.key()));
    }
    columns.put(Field.LANGUAGE, List.of("language", "lang"));
    return new FieldMapping(columns);
  }

  /**
   * The defaults with some fields under other names, each given as {@code field=column} (for
   * example {@code text=body}, {@code agent=assignee}).
   *
   * @throws IllegalArgumentException for a malformed entry or an unknown field
   */
  public static FieldMapping parse(List<String> entries) {
    EnumMap<Field, List<String>> columns = new EnumMap<>(defaults().columns);
    for (String entry : entries) {
      int eq = entry.indexOf('=');
      if (eq <= 0 || eq == entry.length() - 1) {
        throw new IllegalArgumentException("field mapping '" + entry + "' is not FIELD=COLUMN");
      }
      String name = entry.substring(0, eq).trim();
      Field field = Arrays.stream(Field.values())
          .filter(f -> f.key().equals(name.toLowerCase(Locale.ROOT)))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("unknown field '" + name + "' in mapping '"
              + entry + "' (expected one of: " + String.join(", ",
              Arrays.stream(Field.values()).map(Field::key).toList()) + ")"));
      columns.put(field, List.of(entry.substring(eq + 1).trim()));
    }
    return new FieldMapping(columns);
  }

  /** The column names that may hold a field, in order of preference. */
  public List<String> columns(Field field) {
    return columns.get(field);
  }
}
