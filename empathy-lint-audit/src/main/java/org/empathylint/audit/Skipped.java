package org.empathylint.audit;

import java.io.Serializable;
import java.util.Objects;

/**
 * A message or record that could not be audited.
 *
 * @param where  where it is ("replies.csv record 7", "sent.mbox message 12")
 * @param reason what is wrong with it, in words
 */
public record Skipped(String where, String reason) implements Serializable, Comparable<Skipped> {

  public Skipped {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(reason, "reason");
  }

  /** By where, then by reason. */
  @Override
  public int compareTo(Skipped other) {
    int byWhere = where.compareTo(other.where);
    return byWhere != 0 ? byWhere : reason.compareTo(other.reason);
  }
}
