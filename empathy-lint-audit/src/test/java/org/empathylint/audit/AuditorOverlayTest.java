package org.empathylint.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.empathylint.Finding;
import org.empathylint.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An overlay applies to the language it names: a Dutch overlay changes Dutch replies only. */
class AuditorOverlayTest {
  private static final String DUTCH_OVERLAY = """
      language: nl
      category: PROCESS_JARGON
      rules:
        - id: ACME_JARGON_ZENDESK
          phrase: "[zendesk]"
          message: "'{flagged}' kent de klant niet. Schrijf 'ons systeem'."
          suggestions: ["ons systeem"]
          examples:
            bad: ["Uw vraag staat in <<Zendesk>>."]
      """;

  @TempDir
  Path dir;

  @Test
  void aDutchOverlayLeavesDanishRepliesToTheDanishPack() throws Exception {
    Path overlay = Files.writeString(dir.resolve("acme.yaml"), DUTCH_OVERLAY);
    Auditor auditor = new Auditor(List.of(overlay), Severity.HINT);

    AuditedReply dutch = auditor.audit(reply("nl", "Beste Anna,\n\nUw vraag staat in Zendesk.\n"));
    AuditedReply danish = auditor.audit(reply("da", "Kære Anna,\n\nDin sag ligger i Zendesk.\n"));

    assertThat(dutch.findings()).extracting(Finding::ruleId).contains("ACME_JARGON_ZENDESK");
    assertThat(danish.findings()).extracting(Finding::ruleId).doesNotContain("ACME_JARGON_ZENDESK");
  }

  private static Reply reply(String language, String text) {
    return new Reply("test", language, text, false, null, language, null, null, null);
  }
}
