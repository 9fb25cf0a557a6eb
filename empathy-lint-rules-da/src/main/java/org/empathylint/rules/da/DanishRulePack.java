package org.empathylint.rules.da;

import java.util.List;
import org.empathylint.pack.RulePackProvider;

/** Registers the Danish rule pack (the YAML files beside this class) with empathy-lint. */
public final class DanishRulePack implements RulePackProvider {
  private static final String DIR = "org/empathylint/rules/da/";

  @Override
  public String language() {
    return "da";
  }

  @Override
  public List<String> resources() {
    return List.of(
        DIR + "impersonal-address.yaml",
        DIR + "cold-phrase.yaml",
        DIR + "process-jargon.yaml",
        DIR + "formal-wording.yaml",
        DIR + "negative-framing.yaml",
        DIR + "acknowledgement.yaml");
  }
}
