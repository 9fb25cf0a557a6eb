package org.empathylint.server;

import java.util.function.Function;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;

/** A validated {@code /v2/check} request. */
record CheckRequest(RequestLanguage language, AnnotatedText text, String customer, RuleSelection selection) {
  private static final String BOM = "\uFEFF";

  /**
   * Reads the form fields; every problem a client can fix is an {@link HttpError}.
   *
   * @param detect the language of a text, for {@code language=auto}
   */
  static CheckRequest from(FormData form, int maxTextLength, Function<String, RequestLanguage> detect) {
    String code = form.getOrEmpty("language");
    if (code.isBlank()) {
      throw new HttpError(HttpError.BAD_REQUEST, "missing 'language' (" + RequestLanguage.acceptedCodes() + ")");
    }
    boolean auto = RequestLanguage.isAuto(code);
    RequestLanguage given = auto ? null : RequestLanguage.given(code);

    AnnotatedText text = text(form);
    int length = text.getPlainText().length();
    if (length > maxTextLength) {
      throw tooLong("text", length, maxTextLength);
    }
    if (text.getPlainText().isBlank()) {
      throw new HttpError(HttpError.BAD_REQUEST, "the text is empty");
    }
    String customer = form.get("customer").map(CheckRequest::withoutBom).filter(c -> !c.isBlank()).orElse(null);
    if (customer != null && customer.length() > maxTextLength) {
      throw tooLong("customer message", customer.length(), maxTextLength);
    }
    RequestLanguage language = auto ? detect.apply(text.getPlainText()) : given;
    return new CheckRequest(language, text, customer, RuleSelection.from(form));
  }

  private static AnnotatedText text(FormData form) {
    boolean hasText = form.get("text").isPresent();
    boolean hasData = form.get("data").isPresent();
    if (hasText == hasData) {
      throw new HttpError(HttpError.BAD_REQUEST, hasText
          ? "give either 'text' or 'data', not both" : "missing 'text' or 'data'");
    }
    return hasText ? plainText(form.getOrEmpty("text")) : AnnotationData.parse(form.getOrEmpty("data"));
  }

  /** A leading byte-order mark is read as markup: not linted, but the offsets still count it. */
  private static AnnotatedText plainText(String text) {
    AnnotatedTextBuilder builder = new AnnotatedTextBuilder();
    if (text.startsWith(BOM)) {
      builder.addMarkup(BOM, "");
    }
    return builder.addText(withoutBom(text)).build();
  }

  private static String withoutBom(String text) {
    return text.startsWith(BOM) ? text.substring(BOM.length()) : text;
  }

  private static HttpError tooLong(String what, int length, int max) {
    return new HttpError(HttpError.TOO_LARGE,
        "the " + what + " has " + length + " characters; this server accepts at most " + max);
  }
}
