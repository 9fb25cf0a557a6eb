package org.empathylint.engine;

import java.util.ArrayList;
import java.util.List;
import org.empathylint.FindingCategory;
import org.languagetool.rules.Rule;

/**
 * Our LanguageTool rules for one {@code JLanguageTool}: a text-level rule that scans the whole text
 * first, a sentence rule per phrase category, the salutation rule and the two acknowledgement rules. They share one scanner (so the trie runs once
 * per sentence) and the customer context of the draft being checked.
 */
public final class RuleSet {
  private final CompiledPack pack;
  private final SentenceScanner scanner;
  private volatile CheckContext context = CheckContext.NONE;
  private final List<Rule> rules = new ArrayList<>();
  private AcknowledgementAnalysis analysis;

  public RuleSet(CompiledPack pack) {
    this.pack = pack;
    this.scanner = new SentenceScanner(pack.matcher(), pack.pack().language(), () -> context.reply());
    rules.add(new ScanRule(this));
    for (FindingCategory category : List.of(FindingCategory.COLD_PHRASE, FindingCategory.PROCESS_JARGON,
        FindingCategory.FORMAL_WORDING, FindingCategory.NEGATIVE_FRAMING)) {
      rules.add(new PhraseRule(this, category));
    }
    rules.add(new SalutationRule(this));
    if (pack.acknowledgement() != null) {
      analysis = new AcknowledgementAnalysis(this);
      for (FindingCategory category : List.of(FindingCategory.MISSING_ACKNOWLEDGEMENT,
          FindingCategory.LATE_ACKNOWLEDGEMENT)) {
        if (pack.pack().isEnabled(category)) {
          rules.add(new AcknowledgementRule(this, analysis, category));
        }
      }
    }
  }

  /** The rules, to add to a {@code JLanguageTool}. */
  public List<Rule> rules() {
    return rules;
  }

  CompiledPack pack() {
    return pack;
  }

  SentenceScanner scanner() {
    return scanner;
  }

  CheckContext context() {
    return context;
  }

  void setContext(CheckContext context) {
    this.context = context;
  }

  /**
   * Ends a check: drops the customer context and the remembered scans and analysis, which hold the
   * draft's analysed sentences (kept alive, the collector would copy them at every young pause).
   */
  void endCheck() {
    context = CheckContext.NONE;
    scanner.forget();
    if (analysis != null) {
      analysis.forget();
    }
  }
}
