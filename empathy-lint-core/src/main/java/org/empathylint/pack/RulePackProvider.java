package org.empathylint.pack;

import java.util.List;

/**
 * A language module's entry point, registered in
 * {@code META-INF/services/org.empathylint.pack.RulePackProvider}: putting the jar on the
 * classpath adds the language.
 */
public interface RulePackProvider {

  /** The language code, as LanguageTool knows it ("nl", "da"). */
  String language();

  /** Classpath resources of the pack's YAML files (one per category), in a stable order. */
  List<String> resources();
}
