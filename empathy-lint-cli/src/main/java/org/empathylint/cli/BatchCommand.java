package org.empathylint.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lints many drafts given as JSON Lines on standard input, in one JVM. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    header = "Lints many drafts given as JSON Lines on standard input.",
    description = {
        "Reads one draft per line (customer and html are optional):",
        "  {\"id\": \"...\", \"lang\": \"nl\", \"text\": \"...\", \"customer\": \"...\", \"html\": false}",
        "and writes one JSON line per record, in input order:",
        "  {\"id\": \"...\", \"matches\": [LanguageTool /v2/check matches]}",
        "or, for a record that could not be read or checked,",
        "  {\"id\": \"...\" or null, \"line\": N, \"error\": \"...\"}",
        "Every record gets exactly one line, whatever goes wrong with it (invalid JSON,",
        "a text or customer message longer than --max-text-length, a line that is not",
        "UTF-8, a check that fails or runs out of memory). Blank lines are skipped; a",
        "byte order mark at the start of a line is ignored. Each line is written as soon",
        "as it and all before it are done."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every record was checked",
        "1:at least one record had an error line (the other records are still checked)",
        "2:usage error",
        "4:the rule overlay could not be read or is invalid",
        "5:internal error"})
final class BatchCommand implements Callable<Integer> {
  private final Environment env;

  @Spec
  CommandSpec spec;

  @Mixin
  OverlayOptions rules;

  @Mixin
  TextLimit limit;

  @Option(names = "--threads", defaultValue = "2", paramLabel = "N",
      description = "Drafts checked at the same time (default: ${DEFAULT-VALUE}).")
  int threads;

  BatchCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    Inputs.requireThreads(spec, threads);
    Inputs.requireReadableOverlays(rules.overlays);
    DraftChecker checker = env.checkers().create(rules.overlays, rules.minimumSeverity, env.err());
    return new BatchRunner(checker, threads, limit).run(env.in(), env.out());
  }
}
