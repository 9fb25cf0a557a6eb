package org.empathylint.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.empathylint.Draft;
import org.empathylint.EmpathyLinter;
import org.empathylint.Finding;
import org.empathylint.FindingCategory;
import org.empathylint.pack.AcknowledgementSpec;
import org.empathylint.pack.DraftExample;
import org.empathylint.pack.Example;
import org.empathylint.pack.LexiconEntry;
import org.empathylint.pack.Overlay;
import org.empathylint.pack.PackEntry;
import org.empathylint.pack.RulePack;
import org.empathylint.pack.Source;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.Rule;

/**
 * Every example of every entry of a pack as a check that can fail, in the manner of LanguageTool's
 * own test of the examples in grammar.xml: {@code bad} examples must be flagged by their entry at
 * exactly the marked words and offer the expected suggestion; {@code good} examples must not be
 * flagged by it; word-list entries must be found (or not) at the marked words; whole-draft examples
 * must get exactly the expected draft-level findings. Used by the generic pack test, and usable by
 * companies for their overlays.
 */
public final class PackExamples {

  /** One example to prove; {@link #verify()} says what is wrong, or nothing. */
  public record Check(String name, Source source, Supplier<Optional<String>> verification) {
    public Optional<String> verify() {
      return verification.get();
    }
  }

  private PackExamples() {}

  /** All checks of the linter's pack (with its overlays). */
  public static List<Check> of(EmpathyLinter linter) {
    RulePack pack = linter.rulePack();
    Optional<AcknowledgementSpec> ack = pack.acknowledgement();
    return checks(linter, pack.entries(), ack.map(AcknowledgementSpec::allLexiconEntries).orElse(List.of()),
        ack.map(AcknowledgementSpec::examples).orElse(List.of()));
  }

  /**
   * The checks of one overlay's own entries, word lists and whole-draft examples, as far as the
   * linter uses them: an entry a later overlay replaced or the builder switched off (by id, category
   * or severity) is left out, and so are whole-draft examples when a draft-level category is off.
   */
  public static List<Check> of(EmpathyLinter linter, Overlay overlay) {
    RulePack pack = linter.rulePack();
    List<PackEntry> entries = overlay.entries().stream()
        .filter(e -> pack.entry(e.id()).orElse(null) == e).toList();
    AcknowledgementSpec ack = overlay.acknowledgement();
    boolean draftLevel = pack.isEnabled(FindingCategory.MISSING_ACKNOWLEDGEMENT)
        && pack.isEnabled(FindingCategory.LATE_ACKNOWLEDGEMENT);
    return checks(linter, entries, ack == null ? List.of() : ack.allLexiconEntries(),
        ack == null || !draftLevel ? List.of() : ack.examples());
  }

  private static List<Check> checks(EmpathyLinter linter, List<PackEntry> entries, List<LexiconEntry> lexicon,
      List<DraftExample> drafts) {
    List<Check> checks = new ArrayList<>();
    for (PackEntry entry : entries) {
      for (Example bad : entry.bad()) {
        checks.add(new Check(entry.id() + " flags: " + bad.text(), bad.source(), () -> verifyBad(linter, entry, bad)));
      }
      for (Example good : entry.good()) {
        checks.add(new Check(entry.id() + " leaves alone: " + good.text(), good.source(),
            () -> verifyGood(linter, entry, good)));
      }
    }
    if (!lexicon.isEmpty()) {
      LexiconProbe probe = new LexiconProbe(CompiledPack.compile(linter.rulePack()));
      for (LexiconEntry entry : lexicon) {
        for (Example match : entry.matches()) {
          checks.add(new Check(entry.id() + " finds: " + match.text(), match.source(),
              () -> probe.verify(entry, match, true)));
        }
        for (Example ignore : entry.ignores()) {
          checks.add(new Check(entry.id() + " ignores: " + ignore.text(), ignore.source(),
              () -> probe.verify(entry, ignore, false)));
        }
      }
    }
    for (DraftExample example : drafts) {
      checks.add(new Check("draft expects " + example.expect() + ": " + firstLine(example.draft()),
          example.source(), () -> verifyDraft(linter, example)));
    }
    return checks;
  }

  /**
   * An example as the entry is checked: a {@code reply_only} entry's examples are read as replies
   * (with their customer message, or an empty one when they give none).
   */
  static Draft draftOf(PackEntry entry, Example example) {
    String customer = example.customer() == null && entry.replyOnly() ? "" : example.customer();
    return Draft.of(example.text(), customer);
  }

  private static Optional<String> verifyBad(EmpathyLinter linter, PackEntry entry, Example example) {
    List<Finding> all = linter.check(draftOf(entry, example)).findings();
    List<Finding> own = all.stream().filter(f -> f.ruleId().equals(entry.id())).toList();
    Optional<Finding> atMark = own.stream()
        .filter(f -> f.offset() == example.markStart() && f.endOffset() == example.markEnd()).findFirst();
    if (atMark.isEmpty()) {
      // Within a category the longest overlapping match wins; name the winner so the author sees why.
      List<String> winners = all.stream()
          .filter(f -> f.category() == entry.category() && !f.ruleId().equals(entry.id()))
          .filter(f -> f.offset() < example.markEnd() && example.markStart() < f.endOffset())
          .map(f -> f.ruleId() + " at \"" + example.text().substring(f.offset(), f.endOffset()) + "\"").toList();
      return Optional.of("expected " + entry.id() + " at \"" + example.markedText() + "\" but it flagged "
          + describe(own, example.text()) + (winners.isEmpty() ? "" : "; the overlapping match of "
          + String.join(", ", winners) + " won"));
    }
    List<String> offered = atMark.get().suggestions();
    if (example.expectedSuggestion().isPresent()) {
      String expected = example.expectedSuggestion().get();
      if (expected.isEmpty()) {
        return offered.isEmpty() ? Optional.empty()
            : Optional.of("expected no replacement here (no_suggestions_when) but got " + offered);
      }
      return offered.stream().anyMatch(s -> s.equalsIgnoreCase(expected)) ? Optional.empty()
          : Optional.of("expected suggestion \"" + expected + "\" but got " + offered);
    }
    // Without an expected one, any of the entry's own suggestions will do (the draft's form of
    // address and the customer's name decide which are offered).
    // A finding without a replacement is advice in its message; an entry whose replacements are
    // per form offers one only for the forms it names.
    return Optional.empty();
  }

  private static Optional<String> verifyGood(EmpathyLinter linter, PackEntry entry, Example example) {
    List<Finding> own = findingsOf(linter, entry, example);
    return own.isEmpty() ? Optional.empty()
        : Optional.of("expected no " + entry.id() + " but it flagged " + describe(own, example.text()));
  }

  private static Optional<String> verifyDraft(EmpathyLinter linter, DraftExample example) {
    Set<FindingCategory> found = EnumSet.noneOf(FindingCategory.class);
    for (Finding f : linter.check(Draft.of(example.draft(), example.customer())).findings()) {
      if (f.category().scope() == FindingCategory.Scope.DRAFT) {
        found.add(f.category());
      }
    }
    return found.equals(example.expect()) ? Optional.empty()
        : Optional.of("expected " + example.expect() + " but got " + found);
  }

  private static List<Finding> findingsOf(EmpathyLinter linter, PackEntry entry, Example example) {
    return linter.check(draftOf(entry, example)).findings().stream()
        .filter(f -> f.ruleId().equals(entry.id())).toList();
  }

  private static String describe(List<Finding> findings, String text) {
    if (findings.isEmpty()) {
      return "nothing";
    }
    return findings.stream().map(f -> "\"" + text.substring(f.offset(), f.endOffset()) + "\"")
        .collect(Collectors.joining(", "));
  }

  private static String firstLine(String text) {
    String line = text.strip().lines().findFirst().orElse("");
    return line.length() > 60 ? line.substring(0, 60) + "…" : line;
  }

  /** Runs the trie directly on a sentence, for word-list entries that produce no finding themselves. */
  private static final class LexiconProbe {
    private final JLanguageTool analyzer;
    private final SentenceScanner scanner;

    LexiconProbe(CompiledPack pack) {
      this.analyzer = new JLanguageTool(pack.language(), List.of(), null, null, null, null, false, true,
          new ArrayList<Rule>());
      this.scanner = new SentenceScanner(pack.matcher());
    }

    synchronized Optional<String> verify(LexiconEntry entry, Example example, boolean mustMatch) {
      List<int[]> spans = new ArrayList<>();
      try {
        int offset = 0;
        for (AnalyzedSentence sentence : analyzer.analyzeText(example.text())) {
          for (Hit hit : scanner.scan(sentence).lexicon()) {
            if (hit.lexiconEntry() == entry) {
              spans.add(new int[] {offset + hit.fromPos(), offset + hit.toPos()});
            }
          }
          offset += sentence.getCorrectedTextLength();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String found = spans.stream().map(s -> "\"" + example.text().substring(s[0], s[1]) + "\"")
          .collect(Collectors.joining(", "));
      if (mustMatch) {
        boolean atMark = spans.stream().anyMatch(s -> s[0] == example.markStart() && s[1] == example.markEnd());
        return atMark ? Optional.empty() : Optional.of("expected " + entry.id() + " to find \""
            + example.markedText() + "\" but it found " + (found.isEmpty() ? "nothing" : found));
      }
      return spans.isEmpty() ? Optional.empty()
          : Optional.of("expected " + entry.id() + " to find nothing but it found " + found);
    }
  }
}
