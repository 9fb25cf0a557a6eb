package org.empathylint.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.empathylint.FindingCategory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a labelled corpus file. A file that is not a YAML list cannot be used at all; a single case
 * with a problem is reported and left out, so that one typo does not stop an evaluation.
 */
final class CorpusReader {

  /** The usable cases of a file, and one message per case left out. */
  record Corpus(List<CorpusCase> cases, List<String> problems) {}

  private CorpusReader() {}

  static Corpus read(Path file) {
    String yaml = Inputs.readFile(file);
    Object root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    } catch (YAMLException e) {
      throw new CliException(ExitCode.INPUT_UNREADABLE,
          "cannot read corpus " + file + ": " + e.getMessage().replaceAll("\\s+", " "));
    }
    if (!(root instanceof List<?> entries)) {
      throw new CliException(ExitCode.INPUT_UNREADABLE, "cannot read corpus " + file + ": expected a YAML list of cases");
    }
    List<CorpusCase> cases = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Object entry = entries.get(i);
      String where = file + ": case " + (i + 1);
      try {
        if (!(entry instanceof Map<?, ?> map)) {
          throw new IllegalArgumentException("not a mapping");
        }
        if (map.get("id") != null) {
          where = file + ": case " + map.get("id");
        }
        cases.add(toCase(map));
      } catch (IllegalArgumentException e) {
        problems.add(where + ": " + e.getMessage());
      }
    }
    return new Corpus(cases, problems);
  }

  private static CorpusCase toCase(Map<?, ?> map) {
    String id = string(map, "id", true);
    String language = string(map, "lang", true);
    String customer = string(map, "customer", false);
    String draft = string(map, "draft", true);
    Object expect = map.get("expect");
    if (!(expect instanceof List<?> entries)) {
      throw new IllegalArgumentException("'expect' must be a list ([] for a clean draft)");
    }
    List<CorpusCase.Label> labels = new ArrayList<>();
    for (Object entry : entries) {
      if (!(entry instanceof Map<?, ?> label)) {
        throw new IllegalArgumentException("each entry of 'expect' must be a mapping");
      }
      labels.add(toLabel(label));
    }
    return new CorpusCase(id, language, customer, draft, List.copyOf(labels));
  }

  private static CorpusCase.Label toLabel(Map<?, ?> map) {
    Object category = map.get("category");
    List<FindingCategory> categories = new ArrayList<>();
    for (Object name : category instanceof List<?> names ? names : List.of(String.valueOf(category))) {
      Optional<FindingCategory> found = FindingCategory.byId(String.valueOf(name)).filter(Scoreboard.SCORED::contains);
      categories.add(found.orElseThrow(() -> new IllegalArgumentException("unknown category '" + name + "'")));
    }
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("a label needs a category");
    }
    String text = string(map, "text", false);
    boolean span = categories.get(0).scope() == FindingCategory.Scope.SPAN;
    if (categories.stream().anyMatch(c -> c.scope() != categories.get(0).scope())) {
      throw new IllegalArgumentException("a label cannot mix span and draft-level categories");
    }
    if (span && (text == null || text.isEmpty())) {
      throw new IllegalArgumentException(categories.get(0).id() + " label needs a 'text'");
    }
    Object occurrence = map.get("occurrence");
    if (occurrence != null && !(occurrence instanceof Integer n && n >= 1)) {
      throw new IllegalArgumentException("'occurrence' must be a whole number from 1");
    }
    return new CorpusCase.Label(List.copyOf(categories), span ? text : null,
        occurrence == null ? 1 : (Integer) occurrence);
  }

  private static String string(Map<?, ?> map, String key, boolean required) {
    Object value = map.get(key);
    if (value == null) {
      if (required) {
        throw new IllegalArgumentException("missing '" + key + "'");
      }
      return null;
    }
    if (!(value instanceof String s)) {
      throw new IllegalArgumentException("'" + key + "' must be text");
    }
    return s;
  }
}
