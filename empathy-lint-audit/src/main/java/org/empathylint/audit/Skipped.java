package org.empathylint.audit;

import java.io.Serializable;
import java.util.Objects;

/**
 * A message or record that could not be audited.
 *
 * @param where  where it is ("replies.csv record 7", "sent.mbox message 12")
 * @param reason what is wrong with it, in words
 */
public record Skipped(String where, String reason) implements Serializable {

  public Skipped {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(reason, "reason");
  }
}
