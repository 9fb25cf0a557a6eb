package org.empathylint;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * Loads LanguageTool's synthesizer data for a language on another thread while the builder reads
 * the rule pack and the first check loads the tagger. The Dutch disambiguator needs the synthesizer
 * in the first check, and loading it is about a third of LanguageTool's Dutch cold start (the
 * {@code DutchSynthesizer} singleton reads its word lists in its static initializer); on a second
 * core it costs no wall time. Languages without a synthesizer return at once (Danish).
 *
 * <p>It calls {@code createDefaultSynthesizer()}, not the synchronized {@code getSynthesizer()}, so
 * it never holds the {@code Language} lock that the checking thread needs for the tagger. Once per
 * language per JVM; failures are ignored (the check then loads the data itself, as without this).
 * {@code -Dempathylint.preload=false} switches it off (to measure it).
 */
final class LanguageToolPreload {
  private static final Set<String> STARTED = ConcurrentHashMap.newKeySet();

  private LanguageToolPreload() {}

  static void start(String languageCode) {
    if (!Boolean.parseBoolean(System.getProperty("empathylint.preload", "true")) || !STARTED.add(languageCode)) {
      return;
    }
    Thread thread = new Thread(() -> {
      try {
        Language language = Languages.getLanguageForShortCode(languageCode);
        language.createDefaultSynthesizer();
      } catch (RuntimeException | LinkageError e) {
        // The first check loads it on its own thread, as it would without the preload.
      }
    }, "empathy-lint-preload-" + languageCode);
    thread.setDaemon(true);
    thread.start();
  }
}
