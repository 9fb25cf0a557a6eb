package org.empathylint.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.empathylint.Draft;
import org.empathylint.Finding;
import org.empathylint.Severity;
import org.empathylint.UnsupportedLanguageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Scores the linter against labelled corpora. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    header = "Scores the linter against labelled corpora.",
    description = {
        "Lints every case of the corpora (the format of the corpus GUIDELINES.md) and",
        "prints per category TP, FP, FN, precision, recall and F1; then micro averages",
        "over all categories and over the five span categories, and per language how",
        "many clean drafts got a finding anyway. A case that cannot be scored (for",
        "example a label text not in its draft) is reported and left out."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:scored (also when some cases were left out)",
        "2:usage error",
        "3:a corpus file could not be read or is not a YAML list",
        "5:internal error"})
final class EvalCommand implements Callable<Integer> {
  private final Environment env;

  @Option(names = "--verbose", description = "List every false positive and false negative before the table.")
  boolean verbose;

  @Option(names = "--replacements", description = {
      "Also put each finding's first replacement in place and check that it drops in",
      "(re-linted, LanguageTool's own default rules, doubled words, punctuation, capitals);",
      "prints per language how many findings offer one and how many drop in cleanly",
      "(with --verbose, every one that does not)."})
  boolean replacements;

  @Parameters(arity = "1..*", paramLabel = "CORPUS.yaml", description = "Labelled corpus files.")
  List<Path> corpusFiles;

  EvalCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    List<CorpusCase> cases = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path file : corpusFiles) {
      CorpusReader.Corpus corpus = CorpusReader.read(file);
      cases.addAll(corpus.cases());
      problems.addAll(corpus.problems());
    }

    DraftChecker checker = env.checkers().create(List.of(), Severity.HINT, env.err());
    Scoreboard board = new Scoreboard();
    List<String> details = new ArrayList<>();
    java.util.Map<String, int[]> replacementTally = new java.util.TreeMap<>();
    for (CorpusCase corpusCase : cases) {
      try {
        Draft draft = Draft.of(corpusCase.draft(), corpusCase.customer());
        DraftChecker.Report report = checker.check(corpusCase.language(), draft);
        List<Finding> findings = report.findings();
        if (replacements) {
          checkReplacements(corpusCase, draft, report, replacementTally.computeIfAbsent(corpusCase.language(),
              l -> new int[3]), details);
        }
        List<Scorer.Mark> marks = Scorer.score(corpusCase, findings);
        board.add(corpusCase, marks, !findings.isEmpty());
        marks.stream().filter(m -> m.outcome() != Scorer.Outcome.TP)
            .forEach(m -> details.add(describe(corpusCase, m)));
      } catch (UnsupportedLanguageException | Scorer.UnscorableCase e) {
        problems.add("case " + corpusCase.id() + ": " + e.getMessage());
      }
    }

    PrintStream out = env.out();
    problems.forEach(problem -> out.println("error: " + problem));
    if (verbose) {
      details.forEach(out::println);
    }
    replacementTally.forEach((language, t) -> out.printf(java.util.Locale.ROOT,
        "first replacements (%s): %d of %d findings offer one; %d drop in cleanly (%.1f%%)%n",
        language, t[1], t[0], t[2], t[1] == 0 ? 100.0 : 100.0 * t[2] / t[1]));
    // The summary stays within the last 14 lines: a hook shows only those.
    out.println(board.cases() + " cases scored, " + problems.size() + " left out");
    board.table().forEach(out::println);
    return ExitCode.OK;
  }

  /** Tally: findings, findings with a replacement, first replacements that drop in. */
  private static void checkReplacements(CorpusCase corpusCase, Draft draft, DraftChecker.Report report, int[] tally,
      List<String> details) {
    for (Finding finding : report.findings()) {
      tally[0]++;
      if (finding.suggestions().isEmpty()) {
        continue;
      }
      tally[1]++;
      String first = finding.suggestions().get(0);
      java.util.Optional<String> problem = report.replacementProblem(finding, first);
      if (problem.isEmpty()) {
        tally[2]++;
      } else {
        details.add("REPLACEMENT  " + corpusCase.id() + "  " + finding.ruleId() + "  \""
            + finding.flaggedText(draft).replace("\n", "\\n") + "\" -> \"" + first.replace("\n", "\\n") + "\": "
            + problem.get());
      }
    }
  }

  private static String describe(CorpusCase corpusCase, Scorer.Mark mark) {
    StringBuilder line = new StringBuilder()
        .append(mark.outcome()).append("  ").append(corpusCase.id()).append("  ").append(mark.category().id());
    line.append("  ").append(mark.text() == null ? "(draft)" : "\"" + mark.text().replace("\n", "\\n") + "\"");
    if (mark.ruleId() != null) {
      line.append("  ").append(mark.ruleId());
    }
    return line.toString();
  }
}
