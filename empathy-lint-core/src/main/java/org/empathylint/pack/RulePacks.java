package org.empathylint.pack;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.empathylint.FindingCategory;
import org.empathylint.RulePackException;
import org.empathylint.UnsupportedLanguageException;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.tokenizers.Tokenizer;

/** Finds the language packs on the classpath (through {@link ServiceLoader}) and loads each once. */
public final class RulePacks {
  private static final Map<String, RulePack> LOADED = new ConcurrentHashMap<>();

  private RulePacks() {}

  /** Language codes of every pack on the classpath. */
  public static Set<String> availableLanguages() {
    Set<String> languages = new TreeSet<>();
    for (RulePackProvider provider : ServiceLoader.load(RulePackProvider.class)) {
      languages.add(provider.language());
    }
    return languages;
  }

  /**
   * The pack for a language, read from its YAML files on first use and shared afterwards.
   *
   * @throws UnsupportedLanguageException when no pack for the language is on the classpath
   * @throws RulePackException when a pack file cannot be used
   */
  public static RulePack load(String language) {
    return LOADED.computeIfAbsent(language, RulePacks::read);
  }

  private static RulePack read(String language) {
    RulePackProvider provider = null;
    for (RulePackProvider candidate : ServiceLoader.load(RulePackProvider.class)) {
      if (candidate.language().equals(language)) {
        provider = candidate;
      }
    }
    if (provider == null) {
      throw new UnsupportedLanguageException(language, availableLanguages());
    }
    return read(language, provider.resources(), provider.getClass().getClassLoader());
  }

  /** Reads a pack from classpath resources (also used by tests for packs under construction). */
  public static RulePack read(String language, List<String> resources, ClassLoader classLoader) {
    Function<String, List<String>> tokenizer = wordTokenizer(language);
    Map<FindingCategory, CategoryInfo> categories = new EnumMap<>(FindingCategory.class);
    List<PackEntry> entries = new ArrayList<>();
    Map<String, Source> ids = new HashMap<>();
    AcknowledgementSpec acknowledgement = null;
    List<Register> registers = new ArrayList<>();
    Set<String> determiners = new java.util.LinkedHashSet<>();
    for (String resource : resources) {
      RulePackLoader.PackFile file = RulePackLoader.readPackResource(resource, classLoader, tokenizer);
      if (file.category() != null) {
        if (categories.containsKey(file.category().category())) {
          throw new RulePackException(resource, 0, 0, "a second file for category " + file.category().category()
              + "; each category has one file per language");
        }
        categories.put(file.category().category(), file.category());
      }
      categories.putAll(file.draftCategories());
      for (PackEntry entry : file.entries()) {
        Source earlier = ids.putIfAbsent(entry.id(), entry.source());
        if (earlier != null) {
          throw new RulePackException(entry.source().file(), entry.source().line(), entry.source().column(),
              "rule id " + entry.id() + " is already used at " + earlier);
        }
        entries.add(entry);
      }
      registers.addAll(file.registers());
      determiners.addAll(file.determiners());
      if (file.acknowledgement() != null) {
        if (acknowledgement != null) {
          throw new RulePackException(resource, 0, 0, "a second acknowledgement file; a pack has one");
        }
        acknowledgement = file.acknowledgement();
      }
    }
    Set<FindingCategory> draftCategories = acknowledgement == null ? EnumSet.noneOf(FindingCategory.class)
        : EnumSet.of(FindingCategory.MISSING_ACKNOWLEDGEMENT, FindingCategory.LATE_ACKNOWLEDGEMENT);
    return new RulePack(language, categories, entries, acknowledgement, draftCategories, registers, determiners);
  }

  /** Splits a word as LanguageTool's tokenizer for the language does (whitespace dropped). */
  static Function<String, List<String>> wordTokenizer(String languageCode) {
    Language language = Languages.getLanguageForShortCode(languageCode);
    Tokenizer tokenizer = language.createDefaultWordTokenizer();
    return word -> tokenizer.tokenize(word).stream().filter(t -> !t.isBlank()).toList();
  }
}
