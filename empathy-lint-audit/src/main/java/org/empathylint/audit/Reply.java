package org.empathylint.audit;

import java.time.LocalDate;
import java.util.Objects;
import org.empathylint.Draft;

/**
 * One sent reply to audit, as an input reader found it.
 *
 * @param where    where it came from, for messages ("replies.jsonl line 12", "sent.mbox message 3")
 * @param id       the record's id or the mail's Message-ID; may be null
 * @param text     the reply as sent (plain text, or HTML when {@code html})
 * @param html     whether {@code text} is HTML
 * @param customer the customer message it answers, or null (then the quoted part of the reply is read)
 * @param language "nl" or "da" when the input says so, else null (then it is detected)
 * @param agent    who sent it (name or address), or null
 * @param team     the agent's team, or null
 * @param date     when it was sent, or null
 */
public record Reply(String where, String id, String text, boolean html, String customer, String language,
    String agent, String team, LocalDate date) {

  public Reply {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(text, "text");
  }

  /** The draft the linter checks. */
  public Draft draft() {
    return Draft.of(text, customer).asHtml(html);
  }

  /** The same reply in the given language. */
  public Reply withLanguage(String languageCode) {
    return new Reply(where, id, text, html, customer, languageCode, agent, team, date);
  }
}
