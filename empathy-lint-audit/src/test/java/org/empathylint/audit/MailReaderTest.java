package org.empathylint.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailReaderTest {
  private static final AgentAddresses AGENTS = new AgentAddresses(List.of(MailFixtures.AGENTS));

  @TempDir
  Path dir;

  private final CollectingSink sink = new CollectingSink();
  private final List<Reply> replies = sink.replies;
  private final List<Skipped> skipped = sink.skipped;

  @Test
  void mboxRepliesArePairedDecodedAndTheBrokenMessageIsSkipped() throws Exception {
    MailReader.mbox(MailFixtures.mbox(dir), AGENTS).read(sink, ReplyReader.ByteProgress.NONE);
    assertArchive("sent.mbox message 6");
  }

  @Test
  void emlFolderGivesTheSame() throws Exception {
    MailReader.of(MailFixtures.emlFolder(dir), AGENTS).read(sink, ReplyReader.ByteProgress.NONE);
    assertArchive("mail/2026/006.eml");
  }

  private void assertArchive(String brokenWhere) {
    Map<String, Reply> byId = replies.stream().collect(Collectors.toMap(Reply::id, Function.identity()));
    assertThat(byId).containsOnlyKeys("r1@klantenservice.example", "r2@klantenservice.example",
        "r3@klantenservice.example");

    Reply nl = byId.get("r1@klantenservice.example");
    assertThat(nl.text()).contains("Uw ticket is geëscaleerd naar de betreffende afdeling.");
    assertThat(nl.html()).isFalse();
    assertThat(nl.customer()).contains("Met twee kleine kinderen").contains("\n>From now on");
    assertThat(nl.agent()).isEqualTo("bram@klantenservice.example");
    assertThat(nl.date()).isEqualTo(LocalDate.of(2026, 3, 3));

    Reply da = byId.get("r2@klantenservice.example");
    assertThat(da.text()).startsWith("Hej Line").contains("Såfremt du ønsker");
    assertThat(da.customer()).contains("Min søn Oskar blev syg");
    assertThat(da.agent()).isEqualTo("mikkel@da.klantenservice.example");

    Reply html = byId.get("r3@klantenservice.example");
    assertThat(html.html()).isTrue();
    assertThat(html.text()).contains("<p>Uw factuur is reeds verwerkt. U dient het bedrag middels de app te betalen.</p>");
    assertThat(html.customer()).as("not in the archive: the quoted part is read").isNull();

    assertThat(skipped).containsExactly(new Skipped(brokenWhere, "no readable From address"));
  }

  @Test
  void tooLargeMessagesAreSkippedAndTheRestRead() throws IOException, InterruptedException {
    Path mbox = dir.resolve("big.mbox");
    StringBuilder big = new StringBuilder("From x\nFrom: a@klantenservice.example\nMessage-ID: <big@x>\n\n");
    String line = "a".repeat(1023) + "\n";
    big.append(line.repeat(MboxArchive.MAX_MESSAGE_BYTES / 1024 + 1));
    big.append("\nFrom y\n").append(MailFixtures.REPLY_NL);
    java.nio.file.Files.writeString(mbox, big);
    MailReader.mbox(mbox, AGENTS).read(sink, ReplyReader.ByteProgress.NONE);
    assertThat(skipped).containsExactly(new Skipped("big.mbox message 1", "message larger than 32 MB"));
    assertThat(replies).extracting(Reply::id).containsExactly("r1@klantenservice.example");
  }

  @Test
  void agentsAreAddressesOrDomainsWithTheirSubdomains() {
    AgentAddresses agents = new AgentAddresses(List.of("anna@shop.example", "@help.example"));
    assertThat(agents.isAgent("Anna@Shop.example")).isTrue();
    assertThat(agents.isAgent("piet@shop.example")).isFalse();
    assertThat(agents.isAgent("x@nl.help.example")).isTrue();
    assertThat(agents.isAgent("x@nothelp.example")).isFalse();
  }
}
