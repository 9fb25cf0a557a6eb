package org.empathylint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.empathylint.Draft;
import org.empathylint.EmpathyLinter;
import org.empathylint.pack.RulePacks;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;

/**
 * Where a cold start goes, step by step, in one fresh JVM: each piece of LanguageTool's analysis the
 * first time it is used (language lookup, sentence and word tokenizer, tagger with its dictionary,
 * disambiguator, chunker), then our rule pack, the linter and the first check. Every step only pays
 * for what the earlier ones have not loaded yet.
 *
 * <p>Usage: {@code ColdBreakdownMain nl|da}
 */
public final class ColdBreakdownMain {
  private static long last = System.nanoTime();

  private ColdBreakdownMain() {}

  public static void main(String[] args) throws Exception {
    String code = args.length > 0 ? args[0] : "nl";
    String text = Drafts.draft(code);
    step("JVM start to main (ms since JVM start: "
        + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() + ")", () -> null);
    Language language = step("Languages.getLanguageForShortCode", () -> Languages.getLanguageForShortCode(code));
    step("sentence tokenizer (SRX)", () -> language.getSentenceTokenizer().tokenize(text));
    step("word tokenizer", () -> language.getWordTokenizer().tokenize(text));
    step("tagger: first tag (dictionary, added/removed lists)", () -> {
      try {
        return language.getTagger().tag(List.of("ontvangen", "modtaget", "huis"));
      } catch (Exception e) {
        throw new RuntimeException(e);
      }
    });
    step("chunker", language::getChunker);
    step("disambiguator: create", language::getDisambiguator);
    JLanguageTool lt = step("JLanguageTool(rule list) constructor", () -> new JLanguageTool(language, List.of(),
        null, null, null, null, false, true, new ArrayList<Rule>()));
    step("first analyzeText (disambiguator rules load here)", () -> {
      try {
        List<AnalyzedSentence> sentences = lt.analyzeText(text);
        return sentences;
      } catch (Exception e) {
        throw new RuntimeException(e);
      }
    });
    step("second analyzeText", () -> {
      try {
        return lt.analyzeText(text);
      } catch (Exception e) {
        throw new RuntimeException(e);
      }
    });
    step("RulePacks.load (YAML, both tokenizers are loaded)", () -> RulePacks.load(code));
    EmpathyLinter linter = step("EmpathyLinter.build (compile pack, first checker)", () -> EmpathyLinter.builder(code).build());
    step("first linter.check", () -> linter.check(Draft.of(text, Drafts.customer(code))));
    step("second linter.check", () -> linter.check(Draft.of(text, Drafts.customer(code))));
    System.out.printf("total since JVM start: %d ms%n",
        java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
  }

  private static <T> T step(String name, Supplier<T> what) {
    long start = System.nanoTime();
    T result = what.get();
    long now = System.nanoTime();
    System.out.printf("%7.0f ms  %s%n", (now - start) / 1e6, name);
    last = now;
    return result;
  }
}
