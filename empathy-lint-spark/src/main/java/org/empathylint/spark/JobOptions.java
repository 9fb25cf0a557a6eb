package org.empathylint.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.empathylint.Severity;
import org.empathylint.audit.FieldMapping;

/**
 * The job's arguments: {@code INPUT OUT [--format json|parquet] [--field FIELD=COLUMN]...
 * [--rules OVERLAY.yaml] [--min-severity hint|suggestion|warning] [--partitions N] [--pseudonymise]}.
 */
record JobOptions(String input, String out, String format, FieldMapping mapping, String overlay,
    Severity minimumSeverity, int partitions, boolean pseudonymise) {

  static final String USAGE = "usage: AuditJob INPUT OUT [--format json|parquet] [--field FIELD=COLUMN]... "
      + "[--rules OVERLAY.yaml] [--min-severity hint|suggestion|warning] [--partitions N] [--pseudonymise]";

  /** @throws IllegalArgumentException with the problem and the usage */
  static JobOptions parse(String... args) {
    List<String> positional = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    String format = null;
    String overlay = null;
    Severity severity = Severity.HINT;
    int partitions = 0;
    boolean pseudonymise = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--format" -> format = value(args, ++i, arg).toLowerCase(Locale.ROOT);
        case "--field" -> fields.add(value(args, ++i, arg));
        case "--rules" -> overlay = value(args, ++i, arg);
        case "--min-severity" -> severity = severity(value(args, ++i, arg));
        case "--partitions" -> partitions = partitions(value(args, ++i, arg));
        case "--pseudonymise" -> pseudonymise = true;
        default -> {
          if (arg.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
          }
          positional.add(arg);
        }
      }
    }
    if (positional.size() != 2) {
      throw new IllegalArgumentException("expected INPUT and OUT\n" + USAGE);
    }
    String input = positional.get(0);
    if (format == null) {
      format = input.toLowerCase(Locale.ROOT).endsWith(".parquet") ? "parquet" : "json";
    }
    if (!format.equals("json") && !format.equals("parquet")) {
      throw new IllegalArgumentException("--format must be json or parquet, not " + format + "\n" + USAGE);
    }
    FieldMapping mapping = FieldMapping.parse(fields);
    return new JobOptions(input, positional.get(1), format, mapping, overlay, severity, partitions, pseudonymise);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
    }
    return args[i];
  }

  private static Severity severity(String text) {
    try {
      return Severity.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--min-severity must be hint, suggestion or warning, not " + text);
    }
  }

  private static int partitions(String text) {
    try {
      int n = Integer.parseInt(text);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new IllegalArgumentException("--partitions must be a whole number of at least 1, not " + text);
  }
}
