package org.empathylint;

import java.util.Objects;
import java.util.Optional;

/**
 * An agent's reply to be linted, and optionally the customer message it answers.
 *
 * <p>The text is what the host holds: plain text, or HTML when {@link #isHtml()}. Every finding's
 * offset points into exactly this text. Quoted history and the signature in it are never linted;
 * when no customer message is given, the quoted history stands in for it.
 */
public final class Draft {
  private final String text;
  private final boolean html;
  private final String customerMessage;

  private Draft(String text, boolean html, String customerMessage) {
    this.text = Objects.requireNonNull(text, html ? "html must not be null" : "text must not be null");
    this.html = html;
    this.customerMessage = customerMessage;
  }

  /** A plain-text draft with no separate customer message. */
  public static Draft of(String text) {
    return new Draft(text, false, null);
  }

  /** A plain-text draft answering the given customer message (may be null). */
  public static Draft of(String text, String customerMessage) {
    return new Draft(text, false, customerMessage);
  }

  /** An HTML draft (as a mail client or helpdesk editor holds it). */
  public static Draft html(String html) {
    return new Draft(html, true, null);
  }

  /** A copy of this draft with the given customer message (plain text; may be null). */
  public Draft withCustomerMessage(String customerMessage) {
    return new Draft(text, html, customerMessage);
  }

  /** A copy of this draft read as HTML ({@code true}) or plain text. */
  public Draft asHtml(boolean html) {
    return new Draft(text, html, customerMessage);
  }

  public String text() {
    return text;
  }

  public boolean isHtml() {
    return html;
  }

  /** The customer message given with the draft, if any (the quoted history is not included here). */
  public Optional<String> customerMessage() {
    return Optional.ofNullable(customerMessage);
  }
}
