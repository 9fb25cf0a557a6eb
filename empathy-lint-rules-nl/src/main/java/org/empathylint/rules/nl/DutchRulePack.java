package org.empathylint.rules.nl;

import org.empathylint.pack.RulePackProvider;

/** Registers the Dutch rule pack (the YAML files beside this class) with empathy-lint. */
public final class DutchRulePack implements RulePackProvider {
  @Override
  public String language() {
    return "nl";
  }

  @Override
  public String resourceDirectory() {
    return "org/empathylint/rules/nl/";
  }
}
