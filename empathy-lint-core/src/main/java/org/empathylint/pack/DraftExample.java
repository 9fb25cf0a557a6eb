package org.empathylint.pack;

import java.util.Set;
import org.empathylint.FindingCategory;

/** A whole draft (and the customer message it answers) with the draft-level findings it must get. */
public record DraftExample(String customer, String draft, Set<FindingCategory> expect, Source source) {
  public DraftExample {
    expect = Set.copyOf(expect);
  }
}
