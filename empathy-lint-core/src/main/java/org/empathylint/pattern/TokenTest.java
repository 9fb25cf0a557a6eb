package org.empathylint.pattern;

import java.util.Locale;
import com.google.re2j.Pattern;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;

/**
 * A test on one token: its word form, one of its lemmas, a regular expression, the start of one of
 * its part-of-speech tags (LanguageTool's tagger: {@code @ZNW}, a Dutch noun reading), or any token.
 */
public record TokenTest(Kind kind, String value) {

  public enum Kind { FORM, EXACT_FORM, LEMMA, REGEX, TAG, ANY }

  static TokenTest form(String form) {
    return new TokenTest(Kind.FORM, form.toLowerCase(Locale.ROOT));
  }

  /** A word form that must match with its capitals (Danish "De", formal you, is not "de", they). */
  static TokenTest exactForm(String form) {
    return new TokenTest(Kind.EXACT_FORM, form);
  }

  static TokenTest lemma(String lemma) {
    return new TokenTest(Kind.LEMMA, lemma.toLowerCase(Locale.ROOT));
  }

  /** Any reading whose part-of-speech tag starts with {@code prefix} (case as the tagger writes it). */
  static TokenTest tag(String prefix) {
    return new TokenTest(Kind.TAG, prefix);
  }

  static TokenTest any() {
    return new TokenTest(Kind.ANY, "*");
  }

  boolean matches(AnalyzedTokenReadings token, String lowerForm, CompiledRegexes regexes) {
    switch (kind) {
      case ANY:
        return true;
      case FORM:
        return value.equals(lowerForm);
      case EXACT_FORM:
        return value.equals(token.getToken());
      case LEMMA:
        for (AnalyzedToken reading : token) {
          String lemma = reading.getLemma();
          if (lemma != null && value.equals(lemma.toLowerCase(Locale.ROOT))) {
            return true;
          }
        }
        return false;
      case REGEX:
        return regexes.get(value).matcher(lowerForm).matches();
      case TAG:
        for (AnalyzedToken reading : token) {
          String tag = reading.getPOSTag();
          if (tag != null && tag.startsWith(value)) {
            return true;
          }
        }
        return false;
      default:
        throw new IllegalStateException(kind.toString());
    }
  }

  @Override
  public String toString() {
    switch (kind) {
      case LEMMA:
        return "<" + value + ">";
      case REGEX:
        return "/" + value + "/";
      case EXACT_FORM:
        return "=" + value;
      case TAG:
        return "@" + value;
      default:
        return value;
    }
  }

  /** Regexes compiled once per matcher (records cannot hold a Pattern and stay comparable). */
  interface CompiledRegexes {
    Pattern get(String source);
  }
}
