package org.empathylint.structure;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line-level recognisers for the parts of a mail that are not the writer's message: greeting
 * lines, sign-off formulas and the signature lines below them (nl, da and en at once).
 */
final class Markers {
  /** Lines longer than this are sentences, never greetings, sign-offs or signature lines. */
  private static final int MAX_SHORT_LINE = 100;
  private static final int MAX_SALUTATION_WORDS = 8;
  private static final int MAX_SIGNATURE_WORDS = 8;

  private static final Pattern GREETING = Pattern.compile(
      "^(?:geachte|beste|hallo|hoi|hi|hey|hé|dag|goedemorgen|goedemiddag|goedenavond|goedendag"
          + "|lieve|kære|kaere|hej|hejsa|goddag|godmorgen|god\\s+(?:morgen|eftermiddag|aften)"
          + "|godaften|til\\s+rette\\s+vedkommende|dear|hello|good\\s+(?:morning|afternoon|evening))"
          + "(?![\\p{L}\\p{N}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A sentence-final word ("belde."), unlike an abbreviation ("mevr.") in "Geachte mevr.". */
  private static final Pattern SENTENCE_END = Pattern.compile("\\p{L}{5,}\\.$");

  private static final String CAPITALISED = "\\p{Lu}[\\p{L}'’\\-]*";
  private static final String INITIALS = "(?:\\p{Lu}\\.)+";
  private static final String PARTICLE =
      "(?:van|de|der|den|het|ten|ter|te|'t|in|el|al|da|di|du|la|le|von|vom|zu|og|en|and|&|y|bin)";
  /** One to four capitalised words or initials, with name particles between them. */
  static final String NAME = "(?:" + INITIALS + "|" + CAPITALISED + ")"
      + "(?:(?:\\s+|(?<=\\.))(?:" + PARTICLE + "\\s+){0,3}(?:" + INITIALS + "|" + CAPITALISED
      + ")){0,3}";
  private static final Pattern NAME_LINE = Pattern.compile("^" + NAME + ",?$");

  /**
   * Sign-off formulas. The open family "(met|med) adjective* groet|hilsen|regards" also covers
   * adjectives nobody listed ("Zonnige groet", "Sporty hilsner").
   */
  private static final String STRONG_FORMULA = "(?:(?:met|med|with)\\s+)?(?:\\p{L}+\\s+){0,3}"
      + "(?:groet|groeten|groetjes|groetje|hilsen|hilsener|hilsner|regards|wishes)"
      + "|hoogachtend|met\\s+vriendelijke\\s+gr\\.?|vr\\.?\\s?gr\\.?|mvg|m\\.\\s?v\\.\\s?g\\.?"
      + "|mvgr|gr\\.?|grtz|groetjes|liefs|mvh|m\\.\\s?v\\.\\s?h\\.?|vh|kh|sincerely"
      + "|yours\\s+(?:sincerely|faithfully|truly)|best|cheers";
  /** Thanks-formulas close a mail only when a name follows them. */
  private static final String WEAK_FORMULA = "thanks(?:\\s+again)?|many\\s+thanks|thank\\s+you"
      + "|thnx|thx|tnx|bedankt|alvast\\s+bedankt|dank\\s+(?:je|u)(?:\\s+wel)?|dankjewel"
      + "|dankuwel|bvd|tak|mange\\s+tak|tusind\\s+tak|på\\s+forhånd\\s+tak";
  private static final String NAME_AFTER_FORMULA =
      "(?:(?:\\s*,\\s*|\\s+)(?:(?iu:van|fra|from)\\s+)?(?<name>" + NAME + "))?";
  private static final Pattern STRONG_SIGN_OFF = Pattern.compile(
      "^(?iu:" + STRONG_FORMULA + ")\\s*[,.!]?" + NAME_AFTER_FORMULA + "\\s*[,.!]?$");
  private static final Pattern WEAK_SIGN_OFF = Pattern.compile(
      "^(?iu:" + WEAK_FORMULA + ")\\s*[,.!]?" + NAME_AFTER_FORMULA + "\\s*[,.!]?$");

  /** The "-- " line that starts a signature by mail convention. */
  private static final Pattern SIGNATURE_DELIMITER = Pattern.compile("^--\\s?$");

  private static final Pattern CONTACT = Pattern.compile(
      "@|www\\.|https?://|^(?:tel|tlf|telefoon|telefon|phone|mobiel|mobil|mob|fax|e-?mail|mail"
          + "|web|kvk|cvr|t|m|e)\\b|\\+?\\d[\\d\\s()./-]{6,}\\d",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ROLE = Pattern.compile(
      "\\b(?:klantenservice|klantcontact|kundeservice|kundecenter|customer\\s+service|support"
          + "|afdeling|team|medewerker|medewerkster|medarbejder|namens|på\\s+vegne\\s+af"
          + "|on\\s+behalf\\s+of)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Words of company names and addresses: "Verzekeraar NV", "1015 AB Amsterdam", "Stapvoets | Zwolle". */
  private static final Pattern HEADING_WORD =
      Pattern.compile("\\p{Lu}.*|\\p{N}.*|" + PARTICLE + "|[|·/&–—-]");

  /** Capitalised words that are never a person's name at the end of a mail. */
  private static final Set<String> NOT_NAMES = Set.of(
      "bedankt", "dank", "dankjewel", "dankuwel", "hartelijk", "hartelijke", "thanks", "thank",
      "tak", "groet", "groeten", "groetjes", "hilsen", "hilsner", "hallo", "hoi", "hej", "hi",
      "hello", "dear", "beste", "geachte", "kære", "ok", "oké", "okay", "ja", "nee", "nej", "yes",
      "no", "sorry", "graag", "alvast", "regards", "mvg", "mvh", "bvd", "vriendelijke", "venlig",
      "met", "med", "fijne", "goede", "help", "nogmaals", "alstublieft", "alsjeblieft", "please",
      "spoed", "urgent", "p.s.", "ps");

  private Markers() {}

  /** A short first line that starts with a greeting word: "Geachte heer, mevrouw,", "Hej". */
  static boolean isSalutation(String trimmed) {
    return trimmed.length() <= MAX_SHORT_LINE
        && GREETING.matcher(trimmed).find()
        && Lines.wordCount(trimmed) <= MAX_SALUTATION_WORDS
        && !trimmed.endsWith("?")
        && !SENTENCE_END.matcher(trimmed).find();
  }

  /** A sign-off formula on its own line ("Met vriendelijke groet,"), maybe with a name ("Mvh Bo"). */
  static boolean isStrongSignOff(String trimmed) {
    return trimmed.length() <= MAX_SHORT_LINE && STRONG_SIGN_OFF.matcher(trimmed).matches();
  }

  /** "Thanks," / "Bedankt," / "Tak": a sign-off only when signature lines follow. */
  static boolean isWeakSignOff(String trimmed) {
    return trimmed.length() <= MAX_SHORT_LINE && WEAK_SIGN_OFF.matcher(trimmed).matches();
  }

  static boolean isSignOff(String trimmed) {
    return isStrongSignOff(trimmed) || isWeakSignOff(trimmed);
  }

  /** The name written on the sign-off line itself: "Groet, Bram" gives "Bram". */
  static Optional<String> nameOnSignOff(String trimmed) {
    if (trimmed.length() > MAX_SHORT_LINE) {
      return Optional.empty();
    }
    for (Pattern pattern : new Pattern[] {STRONG_SIGN_OFF, WEAK_SIGN_OFF}) {
      Matcher m = pattern.matcher(trimmed);
      if (m.matches() && m.group("name") != null && isName(m.group("name"))) {
        return Optional.of(m.group("name"));
      }
    }
    return Optional.empty();
  }

  static boolean isSignatureDelimiter(String line) {
    return SIGNATURE_DELIMITER.matcher(line).matches();
  }

  /** A person's name on its own line: "Lotte", "G. Brouwer", "Ruben en Iris Schouten". */
  static boolean isName(String trimmed) {
    if (trimmed.length() > MAX_SHORT_LINE || !NAME_LINE.matcher(trimmed).matches()) {
      return false;
    }
    for (String word : trimmed.replace(",", "").split("\\s+")) {
      if (NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return !isSignOff(trimmed) && !GREETING.matcher(trimmed).find();
  }

  /** Phone numbers, mail and web addresses. */
  static boolean isContact(String trimmed) {
    return trimmed.length() <= MAX_SHORT_LINE && CONTACT.matcher(trimmed).find();
  }

  /**
   * A short line of a signature block: a name, a role or department, a company, an address or
   * contact details. Sentences ("Fijne dag!", "Tot dinsdag.") are not.
   */
  static boolean isSignatureLine(String trimmed) {
    if (trimmed.isEmpty()
        || trimmed.length() > MAX_SHORT_LINE
        || Lines.wordCount(trimmed) > MAX_SIGNATURE_WORDS
        || trimmed.endsWith("?")
        || trimmed.endsWith("!")) {
      return false;
    }
    return isName(trimmed) || isContact(trimmed) || ROLE.matcher(trimmed).find()
        || isHeadingLike(trimmed);
  }

  private static boolean isHeadingLike(String trimmed) {
    if (SENTENCE_END.matcher(trimmed).find()) {
      return false;
    }
    for (String word : trimmed.split("[\\s\u00A0]+")) {
      if (!HEADING_WORD.matcher(word).matches()) {
        return false;
      }
    }
    return true;
  }
}
