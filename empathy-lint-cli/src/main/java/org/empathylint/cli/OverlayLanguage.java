package org.empathylint.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The language an overlay names ({@code language: nl}), so that a command serving several languages
 * applies it to that language only. An overlay without one applies to every language.
 */
final class OverlayLanguage {
  private OverlayLanguage() {}

  /**
   * The overlay's {@code language:}, or empty when it names none or cannot be read: then it is given to
   * every language, whose loader reports the problem with file, line and column.
   */
  static Optional<String> of(Path overlay) {
    try (Reader reader = Files.newBufferedReader(overlay, StandardCharsets.UTF_8)) {
      Node root = new Yaml(new LoaderOptions()).compose(reader);
      if (root instanceof MappingNode mapping) {
        for (NodeTuple entry : mapping.getValue()) {
          if (entry.getKeyNode() instanceof ScalarNode key && key.getValue().equals("language")
              && entry.getValueNode() instanceof ScalarNode value) {
            return Optional.of(value.getValue());
          }
        }
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Whether an overlay is for this language. */
  static boolean appliesTo(Path overlay, String language) {
    return of(overlay).map(language::equals).orElse(true);
  }
}
