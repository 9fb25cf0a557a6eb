package org.empathylint.pack;

import java.util.List;

/**
 * A language module's entry point, registered in
 * {@code META-INF/services/org.empathylint.pack.RulePackProvider}: putting the jar on the
 * classpath adds the language.
 */
public interface RulePackProvider {

  /** The files a pack may have (one per category, and its forms of address), in the order they are read. */
  List<String> STANDARD_FILES = List.of("impersonal-address.yaml", "cold-phrase.yaml", "process-jargon.yaml",
      "formal-wording.yaml", "negative-framing.yaml", "acknowledgement.yaml", "registers.yaml");

  /** The language code, as LanguageTool knows it ("nl", "da"). */
  String language();

  /** The classpath folder holding the pack's files, for example {@code org/empathylint/rules/nl/}. */
  String resourceDirectory();

  /** Classpath resources of the pack's YAML files: those of the {@link #STANDARD_FILES} it has. */
  default List<String> resources() {
    String dir = resourceDirectory().endsWith("/") ? resourceDirectory() : resourceDirectory() + "/";
    return STANDARD_FILES.stream().map(file -> dir + file)
        .filter(resource -> getClass().getClassLoader().getResource(resource) != null).toList();
  }
}
