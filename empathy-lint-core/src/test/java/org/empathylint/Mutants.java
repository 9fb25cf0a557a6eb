package org.empathylint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Inputs for the parsers' fuzz tests: seeds from the repository with random edits (characters of
 * the format's syntax or any characters inserted, ranges deleted, duplicated or replaced). The run
 * is the same every time for a given seed: {@code -Dfuzz.seed=N} picks another, {@code
 * -Dfuzz.tries=N} makes it longer.
 */
final class Mutants {
  static final long SEED = Long.getLong("fuzz.seed", 14);
  static final int TRIES = Integer.getInteger("fuzz.tries", 400);
  private static final int MAX_EDITS = 8;

  private Mutants() {}

  /** {@link #TRIES} mutants of the seeds; the first ones are the seeds themselves. */
  static List<String> of(List<String> seeds, String syntax) {
    SplittableRandom random = new SplittableRandom(SEED);
    List<String> mutants = new ArrayList<>(seeds);
    while (mutants.size() < Math.max(TRIES, seeds.size())) {
      String s = seeds.get(random.nextInt(seeds.size()));
      for (int edits = random.nextInt(MAX_EDITS + 1); edits > 0; edits--) {
        s = edit(s, random, syntax);
      }
      mutants.add(s);
    }
    return mutants;
  }

  private static String edit(String s, SplittableRandom random, String syntax) {
    int from = random.nextInt(s.length() + 1);
    int to = Math.min(s.length(), from + random.nextInt(41));
    String insert = insert(random, syntax);
    return switch (random.nextInt(4)) {
      case 0 -> s.substring(0, from) + insert + s.substring(from);
      case 1 -> s.substring(0, from) + s.substring(to);
      case 2 -> s.substring(0, to) + s.substring(from, to).repeat(1 + random.nextInt(3)) + s.substring(to);
      default -> s.substring(0, from) + insert + s.substring(to);
    };
  }

  /** Up to 12 characters of the syntax, or up to 4 of any kind (surrogates and controls too). */
  private static String insert(SplittableRandom random, String syntax) {
    StringBuilder insert = new StringBuilder();
    boolean anyChar = random.nextInt(3) == 0;
    for (int n = random.nextInt(anyChar ? 5 : 13); n > 0; n--) {
      insert.append(anyChar ? (char) random.nextInt(Character.MAX_VALUE + 1) : syntax.charAt(random.nextInt(syntax.length())));
    }
    return insert.toString();
  }

  /** The texts of test resources: files, or every file of a directory, in name order. */
  static List<String> resources(String... names) {
    List<String> texts = new ArrayList<>();
    for (String name : names) {
      try {
        Path path = Path.of(Mutants.class.getResource("/" + name).toURI());
        try (Stream<Path> files = Files.isDirectory(path) ? Files.list(path) : Stream.of(path)) {
          for (Path file : files.sorted().toList()) {
            texts.add(Files.readString(file));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return texts;
  }

  /** An input as a failure message shows it: escaped, and cut when long. */
  static String shown(String input) {
    StringBuilder shown = new StringBuilder();
    input.codePoints().limit(300).forEach(c -> shown.append(c < 0x20 || (c >= 0x7F && c < 0xA0)
        || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.SURROGATE
        ? String.format("\\u%04X", c) : Character.toString(c)));
    return "\"" + shown + (input.length() > 300 ? "…" : "") + "\" (seed " + SEED + ")";
  }
}
