package org.empathylint.engine;

/**
 * What the draft-level rules know about the customer for the draft being checked. Set by the
 * {@link Checker} before each check; empty when our rules run inside someone else's JLanguageTool.
 *
 * @param customerName the customer's name as they signed, or null
 * @param distressed   whether the customer message shows distress (illness, death, fear, anger, ...)
 */
record CheckContext(String customerName, boolean distressed) {
  static final CheckContext NONE = new CheckContext(null, false);
}
