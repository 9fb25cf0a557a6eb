package org.empathylint;

import java.util.List;
import org.empathylint.pack.RulePackProvider;

/** A small Danish pack for the engine's own tests (the real packs live in their modules). */
public final class TestPackProvider implements RulePackProvider {
  @Override
  public String language() {
    return "da";
  }

  @Override
  public String resourceDirectory() {
    return "testpack/";
  }

  @Override
  public List<String> resources() {
    return List.of("testpack/address.yaml", "testpack/jargon.yaml", "testpack/acknowledgement.yaml",
        "testpack/registers.yaml");
  }
}
