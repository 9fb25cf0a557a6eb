package org.empathylint.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.empathylint.Draft;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Lints one draft. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    header = "Lints one draft and prints the findings.",
    description = {
        "Text format, one line per finding, then the number of findings:",
        "  LINE:COL  CATEGORY  message  \"flagged text\"  -> suggestion | suggestion",
        "JSON format: LanguageTool's /v2/check response."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:checked (also when it found something)",
        "2:usage error: bad arguments or unknown language",
        "3:the draft or customer file cannot be read, is not UTF-8 or is too long",
        "4:the rule overlay could not be read or is invalid",
        "5:internal error"})
final class CheckCommand implements Callable<Integer> {
  enum Format { TEXT, JSON }

  private final Environment env;

  @Option(names = "--lang", required = true, paramLabel = "nl|da",
      description = "Language of the draft: nl, nl-NL, nl-BE, da or da-DK (any case).")
  String language;

  @Option(names = "--customer", paramLabel = "FILE",
      description = "The customer message the draft answers (plain text).")
  Path customerFile;

  @Option(names = "--html", description = "The draft is HTML (as a mail client or helpdesk editor holds it).")
  boolean html;

  @Mixin
  OverlayOptions rules;

  @Mixin
  TextLimit limit;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "Output format: text (default) or json.")
  Format format;

  @Parameters(arity = "0..1", paramLabel = "FILE",
      description = "The draft; standard input when absent or \"-\".")
  String draftFile;

  CheckCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Inputs.requireReadableOverlays(rules.overlays);
    String text = Inputs.readFileOrStdin(draftFile, env.in());
    String customer = customerFile == null ? null : Inputs.readFile(customerFile);
    requireWithinLimit(draftFile == null || draftFile.equals("-") ? "standard input" : draftFile, text);
    requireWithinLimit(String.valueOf(customerFile), customer);
    Draft draft = Draft.of(text, customer).asHtml(html);

    DraftChecker.Report report = env.checkers().create(rules.overlays, rules.minimumSeverity, env.err()).check(language, draft);
    if (format == Format.JSON) {
      env.out().println(report.languageToolJson());
    } else {
      env.out().print(TextReport.format(text, report.findings(), html));
    }
    return ExitCode.OK;
  }

  private void requireWithinLimit(String source, String text) {
    String problem = limit.problem(source, text);
    if (problem != null) {
      throw new CliException(ExitCode.INPUT_UNREADABLE, problem);
    }
  }
}
