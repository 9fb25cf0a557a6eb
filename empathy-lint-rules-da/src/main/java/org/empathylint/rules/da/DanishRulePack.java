package org.empathylint.rules.da;

import org.empathylint.pack.RulePackProvider;

/** Registers the Danish rule pack (the YAML files beside this class) with empathy-lint. */
public final class DanishRulePack implements RulePackProvider {
  @Override
  public String language() {
    return "da";
  }

  @Override
  public String resourceDirectory() {
    return "org/empathylint/rules/da/";
  }
}
