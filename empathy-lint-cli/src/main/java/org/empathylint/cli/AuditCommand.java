package org.empathylint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.empathylint.audit.AgentAddresses;
import org.empathylint.audit.Audit;
import org.empathylint.audit.AuditListener;
import org.empathylint.audit.AuditResult;
import org.empathylint.audit.Auditor;
import org.empathylint.audit.CsvReader;
import org.empathylint.audit.FieldMapping;
import org.empathylint.audit.JsonLinesReader;
import org.empathylint.audit.MailReader;
import org.empathylint.audit.ReplyReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Audits an archive of sent replies into summary.json and report.html. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    header = "Audits an archive of sent replies: summary.json and report.html.",
    description = {
        "Reads each INPUT by its name: *.jsonl, *.ndjson (JSON Lines) or *.csv ticket",
        "exports, one reply per record (fields id, text, customer, language or lang,",
        "agent, team, date, html; only text is required; --field maps other names);",
        "a folder of .eml files; any other file as an mbox. In mail, replies are the",
        "messages sent from --agents, each paired with the message it answers",
        "(In-Reply-To/References) or, when that is not in the archive, the part it quotes.",
        "A reply without a language is detected as Dutch or Danish. A message or",
        "record that cannot be audited is listed in summary.json under skipped."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:the audit ran to the end (skipped records are listed, not errors)",
        "2:usage error",
        "3:an input or the output folder could not be read or written",
        "4:the rule overlay could not be read or is invalid",
        "5:internal error"})
final class AuditCommand implements Callable<Integer> {
  /** When the progress bar is shown. */
  enum Progress { AUTO, ALWAYS, NEVER }

  /** How an input is read. */
  enum Format { AUTO, JSONL, CSV, MBOX, EML }

  private final Environment env;

  @Spec
  CommandSpec spec;

  @Mixin
  OverlayOptions rules;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Archives and exports to audit.")
  List<Path> inputs;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Where summary.json and report.html go (created when missing; both are replaced).")
  Path out;

  @Option(names = "--agents", split = ",", paramLabel = "ADDRESS|DOMAIN",
      description = "Who sends the replies in mail archives: addresses (anna@acme.nl) or domains "
          + "(acme.nl, with subdomains); comma-separated or repeated. Required for mail.")
  List<String> agents = new ArrayList<>();

  @Option(names = "--field", paramLabel = "FIELD=COLUMN",
      description = "Read a field of an export from another column or key, e.g. text=body, agent=assignee "
          + "(repeatable).")
  List<String> fields = new ArrayList<>();

  @Option(names = "--format", defaultValue = "auto", paramLabel = "auto|jsonl|csv|mbox|eml",
      description = "How to read every INPUT (default: ${DEFAULT-VALUE}, by its name).")
  Format format;

  @Option(names = "--pseudonymise", description = "Agents as 'Agent 1', 'Agent 2' …; names, e-mail "
      + "addresses and phone numbers in the example replies as placeholders.")
  boolean pseudonymise;

  @Option(names = "--threads", defaultValue = "2", paramLabel = "N",
      description = "Replies checked at the same time (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--progress", defaultValue = "auto", paramLabel = "auto|always|never",
      description = "A progress bar on stderr with replies/s and time left (default: ${DEFAULT-VALUE}: "
          + "when stderr is a terminal).")
  Progress progress;

  AuditCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    Inputs.requireThreads(spec, threads);
    FieldMapping mapping;
    AgentAddresses agentAddresses;
    try {
      mapping = FieldMapping.parse(fields);
      agentAddresses = new AgentAddresses(agents);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Inputs.requireReadableOverlays(rules.overlays);
    List<ReplyReader> readers = new ArrayList<>();
    for (Path input : inputs) {
      readers.add(reader(input, mapping, agentAddresses));
    }
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new CliException(ExitCode.INPUT_UNREADABLE, "cannot create the output folder " + out + ": "
          + Inputs.reason(e));
    }
    Auditor auditor = new Auditor(rules.overlays, rules.minimumSeverity);
    boolean showProgress = progress == Progress.ALWAYS
        || progress == Progress.AUTO && AuditProgress.stderrIsTerminal();
    AuditResult result;
    try (AuditProgress bar = showProgress ? new AuditProgress(env.err()) : null) {
      result = new Audit(auditor, threads, bar != null ? bar : AuditListener.NONE).run(readers);
    }
    try {
      result.writeTo(out, pseudonymise);
    } catch (IOException e) {
      throw new CliException(ExitCode.INPUT_UNREADABLE, "cannot write to " + out + ": " + Inputs.reason(e));
    }
    env.err().printf("%d replies audited, %d skipped: %s, %s%n", result.summary().total().replies(),
        result.summary().skippedCount(), out.resolve("summary.json"), out.resolve("report.html"));
    return ExitCode.OK;
  }

  private ReplyReader reader(Path input, FieldMapping mapping, AgentAddresses agentAddresses) throws IOException {
    if (!Files.exists(input)) {
      throw new CliException(ExitCode.INPUT_UNREADABLE, input + ": no such file or folder");
    }
    if (!Files.isReadable(input)) {
      throw new CliException(ExitCode.INPUT_UNREADABLE, input + ": not readable (permission denied)");
    }
    Format kind = format != Format.AUTO ? format : formatOf(input);
    if ((kind == Format.MBOX || kind == Format.EML) && agentAddresses.isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          input + " is a mail archive: say who the agents are with --agents ADDRESS|DOMAIN");
    }
    if (kind == Format.EML != Files.isDirectory(input)) {
      throw new ParameterException(spec.commandLine(), input + (kind == Format.EML
          ? " is not a folder (--format eml reads a folder of .eml files)" : " is a folder: only .eml folders are read"));
    }
    return switch (kind) {
      case JSONL -> new JsonLinesReader(input, mapping);
      case CSV -> new CsvReader(input, mapping);
      case MBOX -> MailReader.mbox(input, agentAddresses);
      case EML -> MailReader.emlFolder(input, agentAddresses);
      case AUTO -> throw new IllegalStateException("format resolved above");
    };
  }

  private static Format formatOf(Path input) {
    if (Files.isDirectory(input)) {
      return Format.EML;
    }
    String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Format.JSONL;
    }
    return name.endsWith(".csv") ? Format.CSV : Format.MBOX;
  }
}
