package org.empathylint.pack;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.empathylint.RulePackException;
import org.empathylint.RulePackWarning;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a YAML file as SnakeYAML's node tree, which keeps every value's line and column, and turns
 * every problem into a {@link RulePackException} that points at the value.
 */
final class YamlTree {
  private final String file;

  YamlTree(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  Node compose(Reader reader) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    RecordingReader recorded = new RecordingReader(reader);
    Parser parser = new ParserImpl(new StreamReader(recorded), options);
    try {
      Node root = new Composer(parser, new Resolver(), options).getSingleNode();
      if (root == null) {
        throw new RulePackException(file, 0, 0, "the file is empty");
      }
      return root;
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      if (e.getContext() != null) {
        problem = e.getContext() + ": " + problem;
      }
      throw new RulePackException(file, mark == null ? 0 : mark.getLine() + 1,
          mark == null ? 0 : mark.getColumn() + 1, "not valid YAML: " + problem.trim());
    } catch (ReaderException e) {
      // A character YAML does not allow: the reader counts code points from the start of the file.
      int[] lineAndColumn = recorded.lineAndColumn(e.getPosition());
      throw new RulePackException(file, lineAndColumn[0], lineAndColumn[1], String.format(
          "not valid YAML: the character U+%04X is not allowed in a YAML file", e.getCodePoint()));
    } catch (YAMLException e) {
      // Such as nesting deeper than the limit: the parser stands where the problem is.
      Mark mark = nextEventMark(parser);
      throw new RulePackException(file, mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1,
          "not valid YAML: " + e.getMessage());
    }
  }

  /** Keeps what the YAML reader has read, to show a position it reports as line and column. */
  private static final class RecordingReader extends FilterReader {
    private final StringBuilder read = new StringBuilder();

    RecordingReader(Reader in) {
      super(in);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int count = super.read(buffer, offset, length);
      if (count > 0) {
        read.append(buffer, offset, count);
      }
      return count;
    }

    /** The 1-based line and column of the code point at this 0-based position. */
    int[] lineAndColumn(int codePointPosition) {
      int line = 1;
      int column = 1;
      int end = read.offsetByCodePoints(0, Math.min(codePointPosition, read.codePointCount(0, read.length())));
      for (int i = 0; i < end; i = read.offsetByCodePoints(i, 1)) {
        if (read.charAt(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      return new int[] {line, column};
    }
  }

  private static Mark nextEventMark(Parser parser) {
    try {
      Event next = parser.peekEvent();
      return next == null ? null : next.getStartMark();
    } catch (YAMLException e) {
      return null;
    }
  }

  Source sourceOf(Node node) {
    Mark mark = node.getStartMark();
    return new Source(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  RulePackWarning warning(Node node, String problem) {
    Mark mark = node.getStartMark();
    return new RulePackWarning(file, mark.getLine() + 1, mark.getColumn() + 1, problem);
  }

  RulePackException error(Node node, String problem) {
    Mark mark = node.getStartMark();
    return new RulePackException(file, mark.getLine() + 1, mark.getColumn() + 1, problem);
  }

  /** The mapping's entries by key, after checking that every key is one of {@code allowed} (null: any key). */
  Map<String, Node> mapping(Node node, String what, Set<String> allowed) {
    if (!(node instanceof MappingNode mapping)) {
      throw error(node, what + " must be a mapping of keys to values");
    }
    Map<String, Node> entries = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode scalarKey)) {
        throw error(keyNode, "keys of " + what + " must be plain words");
      }
      String key = scalarKey.getValue();
      if (allowed != null && !allowed.contains(key)) {
        throw error(keyNode, "unknown key '" + key + "' in " + what + " (expected one of: "
            + String.join(", ", allowed.stream().sorted().toList()) + ")");
      }
      if (entries.put(key, tuple.getValueNode()) != null) {
        throw error(keyNode, "the key '" + key + "' is given twice in " + what);
      }
    }
    return entries;
  }

  Node required(Map<String, Node> mapping, Node owner, String key, String what) {
    Node value = mapping.get(key);
    if (value == null) {
      throw error(owner, what + " has no '" + key + "'");
    }
    return value;
  }

  String string(Node node, String what) {
    if (!(node instanceof ScalarNode scalar)) {
      throw error(node, what + " must be a single text value");
    }
    String value = scalar.getValue();
    if (value.isBlank()) {
      throw error(node, what + " is empty");
    }
    return value;
  }

  String optionalString(Map<String, Node> mapping, String key, String what) {
    Node node = mapping.get(key);
    return node == null ? null : string(node, what);
  }

  List<Node> sequence(Node node, String what) {
    if (node instanceof SequenceNode sequence) {
      return sequence.getValue();
    }
    throw error(node, what + " must be a list (lines starting with '- ')");
  }

  /** A list of texts; a single text is accepted as a list of one. */
  List<String> strings(Node node, String what) {
    List<String> values = new ArrayList<>();
    if (node instanceof ScalarNode) {
      values.add(string(node, what));
      return values;
    }
    for (Node item : sequence(node, what)) {
      values.add(string(item, what));
    }
    return values;
  }

  boolean bool(Node node, String what) {
    String value = string(node, what);
    if (value.equals("true") || value.equals("false")) {
      return Boolean.parseBoolean(value);
    }
    throw error(node, what + " must be true or false, not '" + value + "'");
  }
}
