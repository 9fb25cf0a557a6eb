package org.empathylint.rules.nl;

import java.util.List;
import org.empathylint.pack.RulePackProvider;

/** Registers the Dutch rule pack (the YAML files beside this class) with empathy-lint. */
public final class DutchRulePack implements RulePackProvider {
  private static final String DIR = "org/empathylint/rules/nl/";

  @Override
  public String language() {
    return "nl";
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
