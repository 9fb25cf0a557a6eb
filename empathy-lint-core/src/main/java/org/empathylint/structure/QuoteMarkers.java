package org.empathylint.structure;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises where quoted history starts: "&gt;" lines, reply headers ("Op ... schreef X:",
 * "Den ... skrev X:", "On ..., X wrote:"), Outlook separators and header blocks, forwarded
 * message markers. Works on a list of lines so it serves both the draft and a quoted message.
 */
final class QuoteMarkers {
  /** Headers are one line (or two when wrapped); anything longer is a paragraph of text. */
  private static final int MAX_HEADER_LENGTH = 300;
  /** How many lines below "Van:" the other Outlook header fields may appear. */
  static final int HEADER_BLOCK_REACH = 4;

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern NL_WROTE =
      Pattern.compile("^op\\s+(?<when>.+?)\\s+schreef\\s+(?<who>.+?)\\s*:$", FLAGS);
  private static final Pattern NL_APPLE_WROTE = Pattern.compile(
      "^op\\s+(?<when>.+?)\\s+heeft\\s+(?<who>.+?)\\s+het\\s+volgende\\s+geschreven\\s*:$", FLAGS);
  private static final Pattern DA_WROTE =
      Pattern.compile("^(?<when>.+?)\\s+skrev\\s+(?<who>.+?)\\s*:$", FLAGS);
  private static final Pattern EN_WROTE =
      Pattern.compile("^on\\s+(?<when>.+?)\\s+wrote\\s*:$", FLAGS);
  /** Name-first variants: "Anouk Smit schreef op 3 maart 2026 14:12:". */
  private static final Pattern NAME_FIRST_WROTE = Pattern.compile(
      "^(?<who>.+?)\\s+(?:schreef\\s+op|skrev\\s+den|wrote\\s+on)\\s+(?<when>.+?)\\s*:$", FLAGS);
  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Pattern CLOCK = Pattern.compile("\\d{1,2}[.:]\\d{2}");
  private static final Pattern DA_DATE_START = Pattern.compile("^den\\s.*\\d", FLAGS);
  /** In "On Tue, Mar 3, 2026 at 2:12 PM John Doe <j@x.com> wrote:" the name follows the time. */
  private static final Pattern EN_TIME =
      Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?(?!\\p{L}))?\\s*,?\\s*", FLAGS);
  /** A sender as headers show it: a name, a quoted name or an address; not "u" or "you". */
  private static final Pattern SENDER_START = Pattern.compile("^[\\p{Lu}\"'“‘<\\p{N}]|@");

  private static final Pattern SEPARATOR = Pattern.compile(
      "^-{2,}\\s*(?:oorspronkelijk\\s+bericht|origineel\\s+bericht|original\\s+message"
          + "|oprindelig\\s+meddelelse|doorgestuurd\\s+bericht|forwarded\\s+message"
          + "|videresendt\\s+meddelelse|videresendt\\s+besked)\\s*-{2,}$"
          + "|^(?:begin\\s+doorgestuurd\\s+bericht|start\\s+på\\s+videresendt\\s+besked"
          + "|begin\\s+forwarded\\s+message)\\s*:$",
      FLAGS);
  private static final Pattern UNDERSCORE_RULE = Pattern.compile("^_{10,}$");
  private static final Pattern FROM_FIELD =
      Pattern.compile("^\\*?(?:van|fra|from)\\s*:\\*?\\s*(?<who>.*)$", FLAGS);
  private static final Pattern DATE_FIELD =
      Pattern.compile("^\\*?(?:verzonden|sendt|sent|date|datum|dato)\\s*:", FLAGS);
  private static final Pattern TO_OR_SUBJECT_FIELD =
      Pattern.compile("^\\*?(?:aan|til|to|onderwerp|emne|subject)\\s*:", FLAGS);
  /** Every field an Outlook or forward header block may hold. */
  static final Pattern HEADER_FIELD = Pattern.compile(
      "^\\*?(?:van|verzonden|aan|cc|bcc|onderwerp|datum|prioriteit|bijlagen|fra|sendt|til|emne"
          + "|dato|vigtighed|vedhæftede\\s+filer|from|sent|to|subject|date|importance"
          + "|attachments|reply-to)\\s*:",
      FLAGS);

  private static final Pattern ANGLE_ADDRESS = Pattern.compile("<[^>]*>?|\\[mailto:[^\\]]*]?");
  private static final Pattern SURROUNDING_QUOTES = Pattern.compile("^[\"'“”‘’]+|[\"'“”‘’]+$");

  private QuoteMarkers() {}

  static boolean isQuotedLine(String line) {
    return Lines.strip(line).startsWith(">");
  }

  /**
   * The number of lines (1 or 2) of the reply header starting at {@code i}, or 0. Gmail wraps a
   * long header, so a header may end on the next line.
   */
  static int replyHeaderLength(List<String> lines, int i) {
    String first = Lines.strip(lines.get(i));
    if (first.length() > MAX_HEADER_LENGTH) {
      return 0;
    }
    if (replyHeaderSender(first).isPresent()) {
      return 1;
    }
    if (i + 1 < lines.size()) {
      String second = Lines.strip(lines.get(i + 1));
      if (second.endsWith(":") && second.length() <= MAX_HEADER_LENGTH
          && replyHeaderSender(first + " " + second).isPresent()) {
        return 2;
      }
    }
    return 0;
  }

  /** The sender part of a one-line reply header ("Anouk Smit <anouk@x.nl>"), if it is one. */
  static Optional<String> replyHeaderSender(String header) {
    if (!endsWithColon(header)) {
      return Optional.empty(); // every header pattern ends in ":"; most lines are not headers
    }
    Matcher m = NL_APPLE_WROTE.matcher(header);
    if (m.matches() && DIGIT.matcher(m.group("when")).find()) {
      return sender(m.group("who"));
    }
    m = NL_WROTE.matcher(header);
    if (m.matches() && DIGIT.matcher(m.group("when")).find()) {
      return sender(m.group("who"));
    }
    m = DA_WROTE.matcher(header);
    if (m.matches() && isDanishWhen(m.group("when"))) {
      return sender(m.group("who"));
    }
    m = EN_WROTE.matcher(header);
    if (m.matches() && DIGIT.matcher(m.group("when")).find()) {
      return sender(englishSender(m.group("when")));
    }
    m = NAME_FIRST_WROTE.matcher(header);
    if (m.matches() && DIGIT.matcher(m.group("when")).find()) {
      return sender(m.group("who"));
    }
    return Optional.empty();
  }

  private static boolean endsWithColon(String text) {
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end > 0 && text.charAt(end - 1) == ':';
  }

  private static boolean isDanishWhen(String when) {
    return CLOCK.matcher(when).find() || DA_DATE_START.matcher(when).find();
  }

  /** Drops the date and time in front of the sender: "Tue, 3 Mar 2026 at 14:12, John Doe". */
  private static String englishSender(String whenAndWho) {
    int angle = whenAndWho.indexOf('<');
    String beforeAddress = angle < 0 ? whenAndWho : whenAndWho.substring(0, angle);
    int nameStart = -1;
    Matcher time = EN_TIME.matcher(beforeAddress);
    while (time.find()) {
      nameStart = time.end();
    }
    if (nameStart < 0) {
      nameStart = beforeAddress.lastIndexOf(',') + 1;
    }
    return whenAndWho.substring(nameStart);
  }

  private static Optional<String> sender(String who) {
    String stripped = Lines.strip(who);
    return SENDER_START.matcher(stripped).find() ? Optional.of(stripped) : Optional.empty();
  }

  /** "-----Oorspronkelijk bericht-----", "Begin forwarded message:" and their kin. */
  static boolean isSeparator(String line) {
    String trimmed = Lines.strip(line);
    return trimmed.length() <= MAX_HEADER_LENGTH && SEPARATOR.matcher(trimmed).matches();
  }

  /** Outlook web's line of underscores above a quoted header block. */
  static boolean isUnderscoreRule(String line) {
    return UNDERSCORE_RULE.matcher(Lines.strip(line)).matches();
  }

  /**
   * A marker after which everything is quoted history: a separator, an Outlook header block
   * ("Van:" with "Verzonden:" and "Aan:"/"Onderwerp:" below it), or Outlook web's rule of
   * underscores right above such a block.
   */
  static boolean startsHistory(List<String> lines, int i) {
    if (isSeparator(lines.get(i)) || isHeaderBlock(lines, i)) {
      return true;
    }
    if (isUnderscoreRule(lines.get(i))) {
      int next = nextNonBlank(lines, i + 1);
      return next >= 0 && isHeaderBlock(lines, next);
    }
    return false;
  }

  /** Any line where quoted history or a reply header begins. */
  static boolean isMarker(List<String> lines, int i) {
    return isQuotedLine(lines.get(i)) || replyHeaderLength(lines, i) > 0
        || startsHistory(lines, i);
  }

  static boolean isHeaderBlock(List<String> lines, int i) {
    if (!FROM_FIELD.matcher(Lines.strip(lines.get(i))).matches()) {
      return false;
    }
    boolean date = false;
    boolean toOrSubject = false;
    for (int j = i + 1; j < lines.size() && j <= i + HEADER_BLOCK_REACH; j++) {
      String field = Lines.strip(lines.get(j));
      date |= DATE_FIELD.matcher(field).find();
      toOrSubject |= TO_OR_SUBJECT_FIELD.matcher(field).find();
    }
    return date && toOrSubject;
  }

  /** The sender on a "Van:" / "Fra:" / "From:" line. */
  static Optional<String> fromFieldSender(String line) {
    Matcher m = FROM_FIELD.matcher(Lines.strip(line));
    return m.matches() ? Optional.of(m.group("who")) : Optional.empty();
  }

  /**
   * A display name from a sender: addresses and surrounding quotes removed; empty when only an
   * address is left.
   */
  static Optional<String> displayName(String sender) {
    String name = ANGLE_ADDRESS.matcher(sender).replaceAll(" ");
    name = Lines.strip(name.replaceAll("\\s+", " "));
    name = Lines.strip(SURROUNDING_QUOTES.matcher(name).replaceAll(""));
    if (name.isEmpty() || name.contains("@")) {
      return Optional.empty();
    }
    return Optional.of(name);
  }

  static int nextNonBlank(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!Lines.strip(lines.get(i)).isEmpty()) {
        return i;
      }
    }
    return -1;
  }
}
