package org.empathylint;

import java.util.Arrays;
import java.util.Optional;

/**
 * The seven finding categories of the annotation guidelines (and {@link #LANGUAGETOOL} for
 * LanguageTool's own rules when a host switches them on). Each is the id of a LanguageTool
 * {@code Category}; it is what {@code rule.category.id} carries in LanguageTool-style JSON.
 */
public enum FindingCategory {
  COLD_PHRASE(Scope.SPAN),
  PROCESS_JARGON(Scope.SPAN),
  FORMAL_WORDING(Scope.SPAN),
  NEGATIVE_FRAMING(Scope.SPAN),
  IMPERSONAL_ADDRESS(Scope.SPAN),
  MISSING_ACKNOWLEDGEMENT(Scope.DRAFT),
  LATE_ACKNOWLEDGEMENT(Scope.DRAFT),
  /** LanguageTool's own grammar and spelling rules; only with {@code withLanguageToolRules(true)}. */
  LANGUAGETOOL(Scope.SPAN);

  /** Span categories are scored per flagged span; draft categories once per draft. */
  public enum Scope { SPAN, DRAFT }

  private final Scope scope;

  FindingCategory(Scope scope) {
    this.scope = scope;
  }

  public Scope scope() {
    return scope;
  }

  public String id() {
    return name();
  }

  public static Optional<FindingCategory> byId(String id) {
    return Arrays.stream(values()).filter(c -> c.name().equals(id)).findFirst();
  }
}
