package org.empathylint.engine;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.empathylint.FindingCategory;
import org.empathylint.pack.AcknowledgementSpec;
import org.empathylint.pack.CategoryInfo;
import org.empathylint.pack.LexiconEntry;
import org.empathylint.pack.PackEntry;
import org.empathylint.pack.RulePack;
import org.empathylint.pattern.PhraseMatcher;
import org.empathylint.pattern.PhrasePattern;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.Category;
import org.languagetool.rules.CategoryId;

/**
 * A rule pack made ready to run: every pattern of the language in one trie, and the LanguageTool
 * language and categories. Immutable; shared by all checkers of a linter.
 */
public final class CompiledPack {
  private final RulePack pack;
  private final Language language;
  private final PhraseMatcher<PatternUse> matcher;
  private final Map<FindingCategory, Category> categories = new EnumMap<>(FindingCategory.class);
  /** LanguageTool asks for a rule's id many times per sentence, so each is made once. */
  private final Map<FindingCategory, String> ruleIds = new EnumMap<>(FindingCategory.class);

  private CompiledPack(RulePack pack, Language language, PhraseMatcher<PatternUse> matcher) {
    this.pack = pack;
    this.language = language;
    this.matcher = matcher;
    for (FindingCategory category : FindingCategory.values()) {
      CategoryInfo info = pack.category(category);
      categories.put(category, new Category(new CategoryId(category.id()), info.name()));
      ruleIds.put(category, "EMPATHY_" + pack.language().toUpperCase(java.util.Locale.ROOT) + "_" + category.id());
    }
  }

  /** Compiles a pack for the LanguageTool language with the pack's code. */
  public static CompiledPack compile(RulePack pack) {
    return compile(pack, Languages.getLanguageForShortCode(pack.language()));
  }

  /** Compiles a pack for a given LanguageTool language (for example a variant of it). */
  public static CompiledPack compile(RulePack pack, Language language) {
    PhraseMatcher.Builder<PatternUse> builder = PhraseMatcher.builder();
    for (PackEntry entry : pack.entries()) {
      builder.add(entry.phrase(), PatternUse.finding(entry));
      for (PhrasePattern unless : entry.unless()) {
        builder.add(unless, PatternUse.exception(entry));
      }
      for (PhrasePattern unless : entry.unlessNext()) {
        builder.add(unless, PatternUse.nextSentenceException(entry));
      }
      for (PhrasePattern unless : entry.unlessText()) {
        builder.add(unless, PatternUse.textException(entry));
      }
      for (PhrasePattern unless : entry.unlessCustomer()) {
        builder.add(unless, PatternUse.customerException(entry));
      }
      for (PhrasePattern context : entry.noSuggestionsWhen()) {
        builder.add(context, PatternUse.suggestionException(entry));
      }
    }
    pack.acknowledgement().ifPresent(ack -> {
      addLexicon(builder, ack.thanks(), PatternUse.Role.THANKS);
      addLexicon(builder, ack.recognition(), PatternUse.Role.RECOGNITION);
      addLexicon(builder, ack.requests(), PatternUse.Role.REQUEST);
      addLexicon(builder, ack.distress(), PatternUse.Role.DISTRESS);
    });
    return new CompiledPack(pack, language, builder.build());
  }

  private static void addLexicon(PhraseMatcher.Builder<PatternUse> builder, List<LexiconEntry> entries,
      PatternUse.Role role) {
    for (LexiconEntry entry : entries) {
      builder.add(entry.phrase(), PatternUse.lexicon(role, entry));
      for (PhrasePattern unless : entry.unless()) {
        builder.add(unless, PatternUse.lexicon(PatternUse.Role.LEXICON_EXCEPTION, entry));
      }
    }
  }

  public RulePack pack() {
    return pack;
  }

  public Language language() {
    return language;
  }

  PhraseMatcher<PatternUse> matcher() {
    return matcher;
  }

  Category category(FindingCategory category) {
    return categories.get(category);
  }

  AcknowledgementSpec acknowledgement() {
    return pack.acknowledgement().orElse(null);
  }

  /** The LanguageTool rule id for one of our categories in this language, e.g. EMPATHY_NL_COLD_PHRASE. */
  String ruleId(FindingCategory category) {
    return ruleIds.get(category);
  }
}
