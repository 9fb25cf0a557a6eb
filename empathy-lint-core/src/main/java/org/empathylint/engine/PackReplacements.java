package org.empathylint.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.empathylint.Draft;
import org.empathylint.EmpathyLinter;
import org.empathylint.Finding;
import org.empathylint.FindingCategory;
import org.empathylint.LintResult;
import org.empathylint.pack.DraftExample;
import org.empathylint.pack.Example;
import org.empathylint.pack.PackEntry;
import org.empathylint.pack.Replacement;
import org.empathylint.pack.RulePack;

/**
 * The second generic check of a pack, beside {@link PackExamples}: every replacement an entry
 * offers on each of its bad examples is put in place and must drop in ({@link ReplacementCheck});
 * the message must quote what the example says, not other words; and every form of a per-form
 * replacement must be proven by a bad example that has that form.
 */
public final class PackReplacements {
  /** Text in single or double quotes, typographic or plain (an apostrophe inside a word is no quote). */
  private static final Pattern QUOTED = Pattern.compile(
      "(?<![\\p{L}])'([^']+?)'(?![\\p{L}])|\"([^\"]+)\"|‘([^’]+)’|“([^”]+)”|„([^”“]+)[”“]");

  private PackReplacements() {}

  /** One check per bad example (and per draft example of the acknowledgement rules), plus one per entry for its forms. */
  public static List<PackExamples.Check> of(EmpathyLinter linter) {
    RulePack pack = linter.rulePack();
    ThreadLocal<ReplacementCheck> checks = ThreadLocal.withInitial(() -> new ReplacementCheck(linter));
    List<PackExamples.Check> result = new ArrayList<>();
    for (PackEntry entry : pack.entries()) {
      for (Example bad : entry.bad()) {
        result.add(new PackExamples.Check(entry.id() + " replaces in place: " + bad.text(), bad.source(),
            () -> verify(linter, checks.get(), entry, bad)));
      }
      if (entry.phrase().flagsVariableWords() && entry.suggestions().stream().anyMatch(r -> r.text() != null)) {
        result.add(new PackExamples.Check(entry.id() + " inflects its replacements", entry.source(),
            () -> Optional.of("the flagged words vary (a lemma, regex or gap in the marked part), so one fixed"
                + " replacement cannot fit every match: give the replacements per form ({form: text}),"
                + " or none and say in the message what to write")));
      }
      if (entry.suggestions().stream().anyMatch(r -> r.text() == null)) {
        result.add(new PackExamples.Check(entry.id() + " proves each form it replaces", entry.source(),
            () -> formsProven(entry)));
      }
    }
    pack.acknowledgement().ifPresent(ack -> {
      for (DraftExample example : ack.examples()) {
        if (example.expect().isEmpty()) {
          continue;
        }
        result.add(new PackExamples.Check("acknowledgement suggestions drop in: " + firstLine(example.draft()),
            example.source(), () -> verifyDraft(linter, checks.get(), example)));
      }
    });
    return result;
  }

  private static Optional<String> verify(EmpathyLinter linter, ReplacementCheck check, PackEntry entry, Example bad) {
    LintResult result = linter.check(PackExamples.draftOf(entry, bad));
    Optional<Finding> own = result.findings().stream()
        .filter(f -> f.ruleId().equals(entry.id()))
        .filter(f -> f.offset() <= bad.markStart() && bad.markEnd() <= f.endOffset())
        .findFirst();
    if (own.isEmpty()) {
      return Optional.of("not flagged at the marked words (see the example test)");
    }
    Finding finding = own.get();
    List<String> problems = new ArrayList<>();
    String quoteProblem = quotesWhatTheDraftSays(finding.message(), bad.text());
    if (quoteProblem != null) {
      problems.add(quoteProblem);
    }
    for (String replacement : finding.suggestions()) {
      check.verify(result, finding, replacement).ifPresent(p -> problems.add("\"" + replacement + "\": " + p));
    }
    // A replacement written for these words that the engine left out (it would not fit here) goes
    // unproven: say so, so that the author sees it instead of a silent pass.
    List<String> written = new ArrayList<>();
    for (Replacement replacement : entry.suggestions()) {
      replacement.forFlagged(bad.markedText(), Suggestions.atSentenceStart(bad.text(), bad.markStart()))
          .filter(t -> !t.contains(Suggestions.NAME)).ifPresent(written::add);
    }
    boolean withheld = "".equals(bad.suggestion());
    if (finding.suggestions().isEmpty() && !written.isEmpty() && !withheld) {
      problems.add("none of its replacements " + written + " is offered here: each would double a word or a"
          + " determiner, break the sentence's punctuation or put a sentence where a phrase stands");
    }
    return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("\n  ", problems));
  }

  private static Optional<String> verifyDraft(EmpathyLinter linter, ReplacementCheck check, DraftExample example) {
    LintResult result = linter.check(Draft.of(example.draft(), example.customer()));
    List<String> problems = new ArrayList<>();
    for (Finding finding : result.findings()) {
      if (finding.category().scope() != FindingCategory.Scope.DRAFT) {
        continue;
      }
      for (String replacement : finding.suggestions()) {
        check.verify(result, finding, replacement).ifPresent(p -> problems.add("\"" + replacement + "\": " + p));
      }
    }
    return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("\n  ", problems));
  }

  /** The message's first quotation must be words the draft has (a message may quote its advice after that). */
  static String quotesWhatTheDraftSays(String message, String draft) {
    Matcher m = QUOTED.matcher(message);
    if (!m.find()) {
      return null;
    }
    String quoted = null;
    for (int g = 1; g <= m.groupCount() && quoted == null; g++) {
      quoted = m.group(g);
    }
    String normalDraft = draft.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    String normalQuote = quoted.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    for (String part : normalQuote.split(" ?(?:\\.\\.\\.|…) ?")) {
      if (!part.isBlank() && !normalDraft.contains(part.strip())) {
        return "the message quotes '" + quoted + "', which the draft does not say";
      }
    }
    return null;
  }

  private static Optional<String> formsProven(PackEntry entry) {
    List<String> unproven = new ArrayList<>();
    for (Replacement replacement : entry.suggestions()) {
      for (String form : replacement.forms().keySet()) {
        Replacement only = new Replacement(null, java.util.Map.of(form, "x"), replacement.source());
        if (entry.bad().stream().noneMatch(bad -> only.forFlagged(bad.markedText(), form.startsWith("^")).isPresent())) {
          unproven.add(form);
        }
      }
    }
    return unproven.isEmpty() ? Optional.empty()
        : Optional.of("no bad example flags the form(s) " + unproven + ", so their replacements are never proven");
  }

  private static String firstLine(String text) {
    String line = text.strip().lines().findFirst().orElse("");
    return line.length() > 60 ? line.substring(0, 60) + "…" : line;
  }
}
