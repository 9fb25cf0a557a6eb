package org.empathylint.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.empathylint.Draft;
import org.empathylint.Finding;
import org.empathylint.FindingCategory;
import org.empathylint.LintResult;
import org.empathylint.Severity;
import org.empathylint.pack.PackEntry;
import org.empathylint.pack.RulePack;
import org.empathylint.structure.CustomerMessages;
import org.empathylint.structure.DraftStructure;
import org.empathylint.structure.HtmlDraft;
import org.empathylint.structure.HtmlPiece;
import org.empathylint.structure.Span;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;

/**
 * One {@code JLanguageTool} with our rules, used by one thread at a time. It splits the draft into
 * the agent's words (given to LanguageTool as text) and everything else (given as markup, so it is
 * skipped but offsets still point into the original; so are {@link InvisibleCharacters}), and
 * reads the customer message for the draft-level rules.
 */
public final class Checker {
  private final CompiledPack pack;
  private final RuleSet ruleSet;
  private final JLanguageTool languageTool;
  private final Mirror mirror;
  /** Acknowledgement suggestions offered at most. */
  private static final int MAX_MIRRORED = 3;

  public Checker(CompiledPack pack, boolean withLanguageToolRules) {
    this.pack = pack;
    this.ruleSet = new RuleSet(pack);
    this.mirror = pack.pack().acknowledgement().map(a -> a.mirror()).map(Mirror::new).orElse(null);
    if (withLanguageToolRules) {
      languageTool = new JLanguageTool(pack.language());
      ruleSet.rules().forEach(languageTool::addRule);
    } else {
      // The constructor with a rule list never builds LanguageTool's own rules.
      languageTool = new JLanguageTool(pack.language(), List.of(), null, null, null, null, false, true,
          new ArrayList<Rule>(ruleSet.rules()));
    }
    // Our categories overlap on purpose (a cold phrase inside the sentence where an acknowledgement
    // is missing); LanguageTool would otherwise keep only one of them.
    languageTool.setCleanOverlappingMatches(false);
    // LanguageTool asks between sentences and between rules; our own scan asks per sentence too.
    languageTool.setCheckCancelledCallback(() -> Thread.currentThread().isInterrupted());
  }

  /**
   * Checks one draft.
   *
   * @throws java.util.concurrent.CancellationException when the thread is interrupted during the check
   */
  public LintResult check(Draft draft) throws IOException {
    Reading reading = draft.isHtml() ? readHtml(draft.text()) : readPlain(draft.text());
    AnnotatedText annotated = reading.annotated();
    Optional<String> customer = draft.customerMessage().or(reading::quotedMessage);
    String name = customer.flatMap(CustomerMessages::signatureName)
        .or(reading::quoteAuthorName)
        .orElse(null);
    String agentText = annotated.getPlainText();
    Set<String> foreignRegisterWords = Registers.foreignWords(pack.pack().registers(), agentText);
    org.empathylint.pack.Register register = Registers.own(pack.pack().registers(), agentText);
    ruleSet.setContext(customer.isPresent()
        ? readCustomer(customer.get(), name, foreignRegisterWords, register == null ? null : register.name())
        : new CheckContext(name, false, Set.of(), foreignRegisterWords, List.of(),
            DraftStructure.salutationOf(agentText).isPresent()));
    try {
      List<RuleMatch> matches = new ArrayList<>(checkUnlessCancelled(annotated));
      matches.sort(Comparator.comparingInt(RuleMatch::getFromPos).thenComparingInt(RuleMatch::getToPos));
      List<Finding> findings = new ArrayList<>(matches.size());
      for (RuleMatch match : matches) {
        findings.add(toFinding(match));
      }
      return new LintResult(draft, findings, matches, annotated, pack.language());
    } finally {
      ruleSet.endCheck();
    }
  }

  /** LanguageTool's matches; a cancelled check (it stops early, or a rule gave up) throws instead. */
  private List<RuleMatch> checkUnlessCancelled(AnnotatedText annotated) throws IOException {
    List<RuleMatch> matches;
    try {
      matches = languageTool.check(annotated);
    } catch (RuntimeException e) {
      throw Cancellation.orCancelled(e); // LanguageTool wraps what our rules throw
    }
    Cancellation.stopIfInterrupted();
    return matches;
  }

  /** What LanguageTool reads of a draft, and the quoted customer message found in it. */
  private record Reading(AnnotatedText annotated, Optional<String> quotedMessage,
      Optional<String> quoteAuthorName) {}

  private static Reading readPlain(String text) {
    DraftStructure structure = DraftStructure.parse(text);
    return new Reading(agentWordsOnly(text, structure), structure.quotedMessage(),
        structure.quoteAuthorName());
  }

  private static Reading readHtml(String html) {
    HtmlDraft draft = HtmlDraft.parse(html);
    return new Reading(agentWordsOnly(draft), draft.quotedMessage(), draft.quoteAuthorName());
  }

  /**
   * The agent's words of an HTML draft as text, with tags, entities and collapsed whitespace as
   * markup standing for what they show; the rest as markup, read as a paragraph break.
   */
  static AnnotatedText agentWordsOnly(HtmlDraft draft) {
    AnnotatedTextBuilder builder = new AnnotatedTextBuilder();
    StringBuilder hiddenSource = new StringBuilder();
    StringBuilder hiddenPlain = new StringBuilder();
    for (HtmlPiece piece : draft.pieces()) {
      String source = piece.source().of(draft.html());
      if (!piece.lintable()) {
        hiddenSource.append(source);
        hiddenPlain.append(piece.plain());
        continue;
      }
      addHidden(builder, hiddenSource, hiddenPlain);
      if (piece.markup()) {
        builder.addMarkup(source, InvisibleCharacters.removed(piece.plain()));
      } else {
        InvisibleCharacters.addText(builder, source);
      }
    }
    addHidden(builder, hiddenSource, hiddenPlain);
    return builder.build();
  }

  /** Hidden source reads as what it shows when that is only whitespace, else as a paragraph break. */
  private static void addHidden(AnnotatedTextBuilder builder, StringBuilder source, StringBuilder plain) {
    if (source.length() > 0) {
      String shown = plain.toString();
      builder.addMarkup(source.toString(), shown.isBlank() ? shown : "\n\n");
    }
    source.setLength(0);
    plain.setLength(0);
  }

  /** The agent's salutation and body as text; closing, signature and quoted history as markup. */
  static AnnotatedText agentWordsOnly(String text, DraftStructure structure) {
    AnnotatedTextBuilder builder = new AnnotatedTextBuilder();
    int pos = 0;
    for (Span span : structure.lintable()) {
      if (span.start() > pos) {
        String between = text.substring(pos, span.start());
        if (between.isBlank()) {
          builder.addText(between);
        } else {
          builder.addMarkup(between, "\n\n");
        }
      }
      InvisibleCharacters.addText(builder, text.substring(span.start(), span.end()));
      pos = span.end();
    }
    if (pos < text.length()) {
      String rest = text.substring(pos);
      if (rest.isBlank()) {
        builder.addText(rest);
      } else {
        builder.addMarkup(rest, "\n\n");
      }
    }
    return builder.build();
  }

  /** Reads the customer message for distress and for entries it cancels ({@code unless_customer}). */
  private CheckContext readCustomer(String customerMessage, String name, Set<String> foreignRegisterWords,
      String register) throws IOException {
    boolean distressed = false;
    Set<PackEntry> cancelled = new HashSet<>();
    List<AnalyzedSentence> sentences = languageTool.analyzeText(InvisibleCharacters.removed(customerMessage));
    Cancellation.stopIfInterrupted();
    for (AnalyzedSentence sentence : sentences) {
      ScannedSentence scanned = ruleSet.scanner().scan(sentence);
      distressed |= !scanned.lexicon(PatternUse.Role.DISTRESS).isEmpty();
      scanned.customerExceptions().forEach(hit -> cancelled.add(hit.entry()));
    }
    List<String> mirrored = mirror == null ? List.of() : mirror.sentences(sentences, register, MAX_MIRRORED, distressed);
    return new CheckContext(name, distressed, cancelled, foreignRegisterWords, mirrored, true);
  }

  private Finding toFinding(RuleMatch match) {
    FindingCategory category = FindingCategory.byId(match.getRule().getCategory().getId().toString())
        .orElse(FindingCategory.LANGUAGETOOL);
    String ruleId = match.getSpecificRuleId();
    Severity severity = pack.pack().entry(ruleId).map(PackEntry::severity).orElse(RulePack.DRAFT_LEVEL_SEVERITY);
    return new Finding(ruleId, category, match.getMessage(),
        match.getShortMessage() == null || match.getShortMessage().isEmpty()
            ? match.getRule().getCategory().getName() : match.getShortMessage(),
        match.getFromPos(), match.getToPos() - match.getFromPos(), match.getSuggestedReplacements(), severity);
  }
}
