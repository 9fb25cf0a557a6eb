package org.empathylint.engine;

import java.util.Set;
import org.empathylint.pack.PackEntry;

/**
 * What our rules know about the customer for the draft being checked. Set by the {@link Checker}
 * before each check; empty when our rules run inside someone else's JLanguageTool.
 *
 * @param customerName the customer's name as they signed, or null
 * @param distressed   whether the customer message shows distress (illness, death, fear, anger, ...)
 * @param cancelled    entries whose {@code unless_customer} patterns the customer message holds
 * @param foreignRegisterWords words of the forms of address the draft does not use ("je" in a
 *                     draft that says "u"): suggestions with them are not offered
 * @param mirrored     sentences that name the customer's situation in their own words, best first
 *                     (empty when there is no customer message or nothing could be named)
 * @param reply        whether the text is a reply to a customer: a customer message is given or
 *                     quoted, or the text opens with a salutation. The scanner finds entries marked
 *                     {@code reply_only} only then; inside someone else's JLanguageTool it never does.
 */
record CheckContext(String customerName, boolean distressed, Set<PackEntry> cancelled,
                    Set<String> foreignRegisterWords, java.util.List<String> mirrored, boolean reply) {
  static final CheckContext NONE = new CheckContext(null, false, Set.of(), Set.of(), java.util.List.of(), false);

  boolean allows(Hit hit) {
    return !cancelled.contains(hit.entry());
  }
}
