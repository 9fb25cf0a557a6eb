package org.empathylint.rules.nl;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.empathylint.EmpathyRules;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.UserConfig;
import org.languagetool.chunking.Chunker;
import org.languagetool.language.Dutch;
import org.languagetool.rules.Rule;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.languagetool.synthesis.Synthesizer;
import org.languagetool.tagging.Tagger;
import org.languagetool.tagging.disambiguation.Disambiguator;
import org.languagetool.tokenizers.SentenceTokenizer;
import org.languagetool.tokenizers.Tokenizer;

/**
 * Dutch with empathy-lint's rules, as the LanguageTool language {@value #CODE}, so that a stock
 * LanguageTool (server, desktop, office add-on) offers it next to plain Dutch.
 *
 * <p>LanguageTool only finds {@code -x-} codes by {@link #getShortCode()}, and builds data paths
 * (rule files, sentence splitting, spelling lists) from that same short code. So everything
 * language-specific is taken from the stock Dutch registered by language-nl, and this class only
 * adds our rules to its grammar and spelling rules.
 */
public class EmpathyDutch extends Dutch {
  private static final int ACKNOWLEDGEMENT_PRIORITY = -10;
  public static final String CODE = "nl-NL-x-empathy";

  private static Language stock() {
    return Languages.getLanguageForShortCode("nl-NL");
  }

  @Override
  public String getShortCode() {
    return CODE;
  }

  @Override
  public String getName() {
    return "Dutch (empathy)";
  }

  @Override
  public String[] getCountries() {
    return new String[] {"NL"};
  }

  @Override
  public List<Rule> getRelevantRules(ResourceBundle messages, UserConfig userConfig, Language motherTongue,
      List<Language> altLanguages) throws IOException {
    List<Rule> rules = new ArrayList<>(stock().getRelevantRules(messages, userConfig, motherTongue, altLanguages));
    rules.addAll(EmpathyRules.create("nl")); // fresh instances: one list per JLanguageTool
    return rules;
  }

  // LanguageTool's message bundles and resources are keyed by the locale: that of plain Dutch.
  @Override
  public Locale getLocale() {
    return stock().getLocale();
  }

  @Override
  public Locale getLocaleWithCountryAndVariant() {
    return new Locale("nl", "NL");
  }

  @Override
  public List<String> getRuleFileNames() {
    return stock().getRuleFileNames();
  }

  @Override
  public String getCommonWordsPath() {
    return stock().getCommonWordsPath();
  }

  @Override
  public Tagger createDefaultTagger() {
    return stock().getTagger();
  }

  @Override
  public Disambiguator createDefaultDisambiguator() {
    return stock().getDisambiguator();
  }

  @Override
  public SentenceTokenizer createDefaultSentenceTokenizer() {
    return stock().getSentenceTokenizer();
  }

  @Override
  public Tokenizer createDefaultWordTokenizer() {
    return stock().getWordTokenizer();
  }

  @Override
  public Synthesizer createDefaultSynthesizer() {
    return stock().getSynthesizer();
  }

  @Override
  public Chunker createDefaultChunker() {
    return stock().getChunker();
  }

  @Override
  public SpellingCheckRule createDefaultSpellingRule(ResourceBundle messages) {
    return stock().getDefaultSpellingRule();
  }

  /**
   * LanguageTool keeps only the higher-priority match of two that overlap; a draft-level
   * acknowledgement match covers a whole sentence, so it yields to the precise phrase matches in it.
   */
  @Override
  protected int getPriorityForId(String id) {
    if (id.endsWith("_MISSING_ACKNOWLEDGEMENT") || id.endsWith("_LATE_ACKNOWLEDGEMENT")) {
      return ACKNOWLEDGEMENT_PRIORITY;
    }
    return super.getPriorityForId(id);
  }
}
