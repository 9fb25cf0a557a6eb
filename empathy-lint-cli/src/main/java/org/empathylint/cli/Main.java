package org.empathylint.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.empathylint.EmpathyLinter;
import org.empathylint.RulePackException;
import org.empathylint.UnsupportedLanguageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code empathy-lint} command: parses the arguments and maps failures to exit codes. */
@Command(
    name = "empathy-lint",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
        "Lints customer-service reply drafts in Dutch (nl) and Danish (da) for empathy:",
        "cold phrases, process jargon, formal wording, negative framing, impersonal",
        "address, and a missing or late acknowledgement of the customer.",
        "Input and output are UTF-8: input that is not is refused (check: exit 3; batch:",
        "an error line for that record), never read with replacement characters. A byte",
        "order mark at the start of an input is ignored."},
    subcommands = CommandLine.HelpCommand.class,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ran to the end (check: also when it found something)",
        "1:batch: at least one record had an error line",
        "2:usage error: bad arguments or unknown language",
        "3:an input file could not be read or parsed, is not UTF-8, or is too long",
        "4:the rule overlay (--rules) could not be read or is invalid",
        "5:internal error (a bug; please report it)"})
public final class Main implements Callable<Integer> {
  static final String NAME = "empathy-lint";

  @Spec
  CommandSpec spec;

  public static void main(String[] args) {
    // Java 17 would encode stdout in the platform charset, often ASCII in containers: force UTF-8.
    PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)), false,
        StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    Environment env = new Environment(System.in, out, err, LinterChecker::new);
    // LanguageTool's data takes seconds to load; start it before the options are parsed.
    languageArgument(args).ifPresent(EmpathyLinter::preload);
    int status = run(env, args);
    out.flush();
    System.exit(status);
  }

  /** The value of a "--lang" option, if the arguments hold one (picocli still parses them all). */
  static Optional<String> languageArgument(String... args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang") && i + 1 < args.length) {
        return Optional.of(args[i + 1]);
      }
      if (args[i].startsWith("--lang=")) {
        return Optional.of(args[i].substring("--lang=".length()));
      }
    }
    return Optional.empty();
  }

  /** Runs the command line against the given streams and checker; returns the exit code. */
  static int run(Environment env, String... args) {
    CommandLine commandLine = new CommandLine(new Main())
        .addSubcommand(new CheckCommand(env))
        .addSubcommand(new BatchCommand(env))
        .addSubcommand(new AuditCommand(env))
        .addSubcommand(new EvalCommand(env))
        .addSubcommand(new ServeCommand(env))
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setOut(new PrintWriter(env.out(), true))
        .setErr(new PrintWriter(env.err(), true))
        .setParameterExceptionHandler((e, arguments) -> {
          String command = e.getCommandLine().getCommandSpec().qualifiedName();
          env.err().println(NAME + ": " + e.getMessage() + " (see '" + command + " --help')");
          return ExitCode.USAGE;
        })
        .setExecutionExceptionHandler((e, cmd, parseResult) -> {
          env.out().flush();
          return report(e, env.err());
        });
    // --version (-V) on every subcommand too, as --help.
    commandLine.getSubcommands().values()
        .forEach(sub -> sub.getCommandSpec().versionProvider(new Version()));
    int status = commandLine.execute(args);
    env.out().flush();
    return status;
  }

  /** One line on stderr for the failures a user can fix; a stack trace only for bugs. */
  private static int report(Exception e, PrintStream err) {
    if (e instanceof CliException cli) {
      err.println(NAME + ": " + cli.getMessage());
      return cli.exitCode();
    }
    if (e instanceof UnsupportedLanguageException) {
      err.println(NAME + ": " + e.getMessage());
      return ExitCode.USAGE;
    }
    if (e instanceof RulePackException) {
      err.println(NAME + ": " + e.getMessage());
      return ExitCode.OVERLAY_INVALID;
    }
    err.println(NAME + ": internal error: " + e);
    e.printStackTrace(err);
    return ExitCode.INTERNAL_ERROR;
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing command: check, batch, audit, eval or serve");
  }

  /** The project version, which Maven writes into {@code version.properties} when it builds. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          throw new IOException("version.properties is missing from the build");
        }
        properties.load(in);
      }
      return new String[] {NAME + " " + properties.getProperty("version")};
    }
  }
}
