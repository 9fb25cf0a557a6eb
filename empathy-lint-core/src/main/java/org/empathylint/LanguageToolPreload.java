package org.empathylint;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.Languages;

/**
 * Loads LanguageTool's data for a language on two other threads: the tagger while the builder reads
 * the rule pack (its dictionaries and whatever its first word loads, for Dutch the compound
 * acceptor's speller), then the synthesizer once the pack is compiled (the Dutch disambiguator's
 * rules need it). Both are on the first check's path and independent of each other, so on two cores
 * they overlap with each other and with the pack; a Dutch cold check went from 3.8 to 3.1 s
 * (measured by bench/cold-start.sh with the command line's JVM options).
 *
 * <p>The synthesizer is made with {@code createDefaultSynthesizer()}, not the synchronized
 * {@code getSynthesizer()}, so it never holds the {@code Language} lock the tagger needs. Once per
 * language per JVM; failures are ignored (the check then loads the data itself, as without this).
 * {@code -Dempathylint.preload=false} switches it off (to measure it).
 */
final class LanguageToolPreload {
  private static final Set<String> STARTED = ConcurrentHashMap.newKeySet();

  private LanguageToolPreload() {}

  /** Starts loading the tagger: first, as the longest chain on the first check's path. */
  static void startTagger(String languageCode) {
    startOnce("tagger", languageCode, () -> {
      try {
        Languages.getLanguageForShortCode(languageCode).getTagger().tag(List.of("preload"));
      } catch (IOException e) {
        // The first check tags with it again and reports what is wrong.
      }
    });
  }

  /**
   * Starts loading the synthesizer: once the pack is compiled, so that the tagger never shares the
   * two cores with both the pack and the synthesizer (the disambiguator needs it only later).
   */
  static void startSynthesizer(String languageCode) {
    startOnce("synthesizer", languageCode,
        () -> Languages.getLanguageForShortCode(languageCode).createDefaultSynthesizer());
  }

  private static void startOnce(String what, String languageCode, Runnable work) {
    if (!Boolean.parseBoolean(System.getProperty("empathylint.preload", "true"))
        || !STARTED.add(what + ":" + languageCode)) {
      return;
    }
    Thread thread = new Thread(() -> {
      try {
        work.run();
      } catch (RuntimeException | LinkageError e) {
        // The first check loads it on its own thread, as it would without the preload.
      }
    }, "empathy-lint-preload-" + what + "-" + languageCode);
    thread.setDaemon(true);
    thread.start();
  }
}
