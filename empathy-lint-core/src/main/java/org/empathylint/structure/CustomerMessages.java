package org.empathylint.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads facts from a customer's message (as given, or as {@link DraftStructure#quotedMessage()}). */
public final class CustomerMessages {
  /** The sign-off is looked for among this many last non-blank lines. */
  private static final int SIGN_OFF_REACH = 8;
  /** The name follows its sign-off within this many non-blank lines. */
  private static final int NAME_REACH = 3;
  /** How many contact and signature lines may trail an unsigned name. */
  private static final int TRAILING_SIGNATURE_LINES = 4;

  /** Footers phones add below the signature: "Verzonden vanaf mijn iPhone". */
  private static final Pattern DEVICE_FOOTER = Pattern.compile(
      "^(?:verzonden\\s+(?:vanaf|van|met|via)|sendt\\s+(?:fra|via)|sent\\s+(?:from|via)"
          + "|get\\s+outlook\\s+for|hent\\s+outlook\\s+til|download\\s+outlook\\s+voor)\\s.*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private CustomerMessages() {}

  /**
   * The customer's name from the sign-off or signature of a customer message, exactly as signed:
   * the name after a closing ("Groet,\nDaan", "Mvh Frederik", "Venlig hilsen\nRune og Ida
   * Schmidt"), after a "-- " delimiter, or the last short line that looks like a name ("G.
   * Brouwer"). Quoted history below the message is ignored. Empty when there is none.
   */
  public static Optional<String> signatureName(String customerMessage) {
    if (customerMessage == null) {
      return Optional.empty();
    }
    List<String> lines = ownLines(customerMessage);
    Optional<String> signed = nameAfterSignOff(lines);
    if (signed.isPresent()) {
      return signed;
    }
    Optional<String> delimited = nameAfterDelimiter(lines);
    return delimited.isPresent() ? delimited : trailingName(lines);
  }

  /** The trimmed non-blank lines of the message itself, without quoted history or phone footers. */
  private static List<String> ownLines(String message) {
    Lines all = Lines.of(message);
    List<String> raw = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      raw.add(all.get(i));
    }
    List<String> own = new ArrayList<>();
    for (int i = 0; i < raw.size() && !QuoteMarkers.isMarker(raw, i); i++) {
      String line = Lines.strip(raw.get(i));
      if (!line.isEmpty() && !DEVICE_FOOTER.matcher(line).matches()) {
        own.add(line);
      }
    }
    return own;
  }

  private static Optional<String> nameAfterSignOff(List<String> lines) {
    for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - SIGN_OFF_REACH); i--) {
      String line = lines.get(i);
      if (!Markers.isSignOff(line)) {
        continue;
      }
      Optional<String> onLine = Markers.nameOnSignOff(line);
      return onLine.isPresent() ? onLine : firstNameWithin(lines, i + 1, NAME_REACH);
    }
    return Optional.empty();
  }

  private static Optional<String> nameAfterDelimiter(List<String> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (Markers.isSignatureDelimiter(lines.get(i))) {
        return firstNameWithin(lines, i + 1, NAME_REACH);
      }
    }
    return Optional.empty();
  }

  /** An unsigned name: the topmost name among the short signature lines that end the message. */
  private static Optional<String> trailingName(List<String> lines) {
    String name = null;
    int lowest = Math.max(0, lines.size() - TRAILING_SIGNATURE_LINES);
    for (int i = lines.size() - 1; i >= lowest; i--) {
      String line = lines.get(i);
      if (!Markers.isSignatureLine(line)) {
        break;
      }
      if (Markers.isName(line)) {
        name = line;
      }
    }
    return Optional.ofNullable(name).map(CustomerMessages::withoutComma);
  }

  private static Optional<String> firstNameWithin(List<String> lines, int from, int reach) {
    for (int i = from; i < lines.size() && i < from + reach; i++) {
      if (Markers.isName(lines.get(i))) {
        return Optional.of(withoutComma(lines.get(i)));
      }
    }
    return Optional.empty();
  }

  private static String withoutComma(String name) {
    return name.endsWith(",") ? Lines.strip(name.substring(0, name.length() - 1)) : name;
  }
}
