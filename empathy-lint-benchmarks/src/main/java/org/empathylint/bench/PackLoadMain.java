package org.empathylint.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import org.empathylint.engine.CompiledPack;
import org.empathylint.pack.RulePack;
import org.empathylint.pack.RulePackProvider;
import org.empathylint.pack.RulePacks;
import org.languagetool.Languages;

/**
 * Rule-pack loading for both packs together: read every YAML file of the Dutch and the Danish pack
 * ({@code RulePacks.read}) and compile each into its trie ({@code CompiledPack.compile}). Prints the
 * first load in this fresh JVM (what a cold start pays) and the median of later repetitions.
 *
 * <p>The LanguageTool language classes are looked up before the clock starts: the pack reader uses
 * the language's word tokenizer, and loading the language is LanguageTool's cost, not the packs'.
 *
 * <p>Usage: {@code PackLoadMain [REPETITIONS [yaml-first]]}; with {@code yaml-first}, SnakeYAML parses
 * every pack file once before the clock starts, to show how much of the first load is SnakeYAML's.
 */
public final class PackLoadMain {
  private PackLoadMain() {}

  public static void main(String[] args) {
    int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    List<RulePackProvider> providers = new ArrayList<>();
    ServiceLoader.load(RulePackProvider.class).forEach(providers::add);
    providers.forEach(p -> Languages.getLanguageForShortCode(p.language()).createDefaultWordTokenizer());
    if (args.length > 1 && args[1].equals("yaml-first")) {
      // How much of a first load is SnakeYAML's own cold start: compose every pack file once first.
      long start = System.nanoTime();
      for (RulePackProvider provider : providers) {
        for (String resource : provider.resources()) {
          try (var in = provider.getClass().getClassLoader().getResourceAsStream(resource);
              var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            new org.yaml.snakeyaml.Yaml().compose(reader);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }
      }
      System.out.printf("SnakeYAML compose of every pack file, first in this JVM: %.1f ms%n",
          (System.nanoTime() - start) / 1e6);
    }
    double[] millis = new double[repetitions + 1];
    int entries = 0;
    for (int i = 0; i <= repetitions; i++) {
      long start = System.nanoTime();
      entries = 0;
      for (RulePackProvider provider : providers) {
        RulePack pack = RulePacks.read(provider.language(), provider.resources(), provider.getClass().getClassLoader());
        CompiledPack.compile(pack);
        entries += pack.entries().size();
      }
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    double first = millis[0];
    if (repetitions == 0) {
      System.out.printf("pack-load both packs (%d packs, %d entries): first %.1f ms%n", providers.size(), entries, first);
      return;
    }
    double[] later = Arrays.copyOfRange(millis, 1, millis.length);
    Arrays.sort(later);
    System.out.printf("pack-load both packs (%d packs, %d entries): first %.1f ms, median of %d later %.1f ms%n",
        providers.size(), entries, first, repetitions, later[later.length / 2]);
  }
}
