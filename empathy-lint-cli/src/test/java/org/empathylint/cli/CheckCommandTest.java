package org.empathylint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.empathylint.FindingCategory;
import org.empathylint.RulePackException;
import org.empathylint.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  private static final String DRAFT = "Geachte klant,\n\nUw ticket is afgehandeld.\n";
  private final FakeChecker checker = new FakeChecker(Map.of(
      "Geachte klant", FindingCategory.IMPERSONAL_ADDRESS,
      "Uw ticket", FindingCategory.PROCESS_JARGON));

  @TempDir
  Path dir;

  @Test
  void printsFindingsOfAFileAsText() throws IOException {
    Path draft = Files.writeString(dir.resolve("draft.txt"), DRAFT);

    CliRun run = CliRun.run(checker, "", "check", "--lang", "nl", draft.toString());

    assertThat(run.exitCode).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out).isEqualTo("""
        1:1  suggestion  IMPERSONAL_ADDRESS  Message about IMPERSONAL_ADDRESS.  "Geachte klant"  -> better
        3:1  suggestion  PROCESS_JARGON  Message about PROCESS_JARGON.  "Uw ticket"  -> better
        2 findings
        """);
  }

  @Test
  void readsStandardInputWhenTheFileIsDashOrAbsent() {
    assertThat(CliRun.run(checker, DRAFT, "check", "--lang", "nl", "-").out).endsWith("2 findings\n");
    assertThat(CliRun.run(checker, DRAFT, "check", "--lang", "nl").out).endsWith("2 findings\n");
  }

  @Test
  void jsonFormatPrintsTheLanguageToolJsonAsItIs() {
    CliRun run = CliRun.run(checker, DRAFT, "check", "--lang", "nl", "--format", "json");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).isEqualTo("{\"software\":{\"name\":\"fake\"},\"matches\":["
        + "{\"offset\":0,\"length\":13,\"rule\":{\"id\":\"FAKE_IMPERSONAL_ADDRESS\"}},"
        + "{\"offset\":16,\"length\":9,\"rule\":{\"id\":\"FAKE_PROCESS_JARGON\"}}]}\n");
  }

  @Test
  void passesCustomerMessageHtmlSeverityAndOverlayOn() throws IOException {
    Path customer = Files.writeString(dir.resolve("customer.txt"), "Mijn pakket is kwijt.");
    Path overlay = Files.writeString(dir.resolve("acme.yaml"), "entries: []\n");
    Path second = Files.writeString(dir.resolve("acme-nl.yaml"), "entries: []\n");

    CliRun run = CliRun.run(checker, "<p>Hallo</p>", "check", "--lang", "nl", "--customer", customer.toString(),
        "--html", "--rules", overlay.toString(), "--min-severity", "Warning", "--rules", second.toString());

    assertThat(run.exitCode).isZero();
    assertThat(checker.lastDraft.customerMessage()).contains("Mijn pakket is kwijt.");
    assertThat(checker.lastDraft.isHtml()).isTrue();
    assertThat(checker.lastDraft.text()).isEqualTo("<p>Hallo</p>");
    assertThat(run.severityGiven).isEqualTo(Severity.WARNING);
    assertThat(run.overlaysGiven).containsExactly(overlay, second);
  }

  @Test
  void missingDraftFileIsExitThreeWithOneLine() {
    CliRun run = CliRun.run(checker, "", "check", "--lang", "nl", dir.resolve("nope.txt").toString());

    assertThat(run.exitCode).isEqualTo(3);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo("empathy-lint: cannot read " + dir.resolve("nope.txt") + ": no such file\n");
  }

  @Test
  void missingCustomerFileIsExitThree() {
    CliRun run = CliRun.run(checker, DRAFT, "check", "--lang", "nl", "--customer", dir.resolve("c.txt").toString());

    assertThat(run.exitCode).isEqualTo(3);
    assertThat(run.err).contains("c.txt: no such file").hasLineCount(1);
  }

  @Test
  void unknownLanguageIsAUsageError() {
    CliRun run = CliRun.run(checker, DRAFT, "check", "--lang", "fr");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("empathy-lint: unknown language 'fr' (available: da, da-DK, nl, nl-NL, nl-BE)\n");
  }

  @Test
  void brokenOverlayIsExitFourWithThePacksMessage() throws IOException {
    Path overlay = Files.writeString(dir.resolve("acme.yaml"), "entries:\n  - sugestions: []\n");
    DraftChecker broken = (language, draft) -> {
      throw new RulePackException(overlay.toString(), 2, 5, "unknown key 'sugestions'");
    };

    CliRun run = CliRun.run(broken, DRAFT, "check", "--lang", "nl", "--rules", overlay.toString());

    assertThat(run.exitCode).isEqualTo(4);
    assertThat(run.err).isEqualTo("empathy-lint: " + overlay + ":2:5: unknown key 'sugestions'\n");
  }

  @Test
  void missingOverlayFileIsExitFour() {
    CliRun run = CliRun.run(checker, DRAFT, "check", "--lang", "nl", "--rules", dir.resolve("x.yaml").toString());

    assertThat(run.exitCode).isEqualTo(4);
    assertThat(run.err).isEqualTo("empathy-lint: cannot read rule overlay " + dir.resolve("x.yaml") + ": no such file\n");
  }

  @Test
  void badArgumentsAreUsageErrorsOnOneLine() {
    CliRun noLanguage = CliRun.run(checker, DRAFT, "check");
    assertThat(noLanguage.exitCode).isEqualTo(2);
    assertThat(noLanguage.err).startsWith("empathy-lint: Missing required option: '--lang=nl|da'").hasLineCount(1);

    CliRun badSeverity = CliRun.run(checker, DRAFT, "check", "--lang", "nl", "--min-severity", "loud");
    assertThat(badSeverity.exitCode).isEqualTo(2);
    assertThat(badSeverity.err).contains("unknown severity 'loud'").hasLineCount(1);

    CliRun badFormat = CliRun.run(checker, DRAFT, "check", "--lang", "nl", "--format", "xml");
    assertThat(badFormat.exitCode).isEqualTo(2);
    assertThat(badFormat.err).contains("--format").hasLineCount(1);

    CliRun twoFiles = CliRun.run(checker, DRAFT, "check", "--lang", "nl", "a.txt", "b.txt");
    assertThat(twoFiles.exitCode).isEqualTo(2);
  }

  @Test
  void noCommandOrAnUnknownOneIsAUsageError() {
    CliRun none = CliRun.run(checker, "");
    assertThat(none.exitCode).isEqualTo(2);
    assertThat(none.err).startsWith("empathy-lint: missing command").hasLineCount(1);

    assertThat(CliRun.run(checker, "", "lint").exitCode).isEqualTo(2);
  }

  @Test
  void helpListsTheCommandsAndExitCodes() {
    CliRun run = CliRun.run(checker, "", "--help");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("check", "batch", "eval", "Exit codes:", "4   the rule overlay");
    assertThat(CliRun.run(checker, "", "check", "--help").out).contains("--min-severity", "Exit codes:");
  }

  @Test
  void aDraftOrCustomerMessageLongerThanTheLimitIsExitThreeWithOneLine() throws IOException {
    Path customer = Files.writeString(dir.resolve("customer.txt"), "Help!");

    CliRun longDraft = CliRun.run(checker, "a".repeat(50_001), "check", "--lang", "nl");
    CliRun longCustomer = CliRun.run(checker, DRAFT, "check", "--lang", "nl", "--max-text-length", "4",
        "--customer", customer.toString());

    assertThat(longDraft.exitCode).isEqualTo(3);
    assertThat(longDraft.err)
        .isEqualTo("empathy-lint: standard input is 50001 characters long, more than --max-text-length 50000\n");
    assertThat(longDraft.out).isEmpty();
    assertThat(longCustomer.exitCode).isEqualTo(3);
    assertThat(longCustomer.err).startsWith("empathy-lint: ").hasLineCount(1);
  }

  @Test
  void theTextLimitMustBePositive() {
    CliRun run = CliRun.run(checker, DRAFT, "check", "--lang", "nl", "--max-text-length", "0");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("empathy-lint: --max-text-length must be at least 1").hasLineCount(1);
  }
}
