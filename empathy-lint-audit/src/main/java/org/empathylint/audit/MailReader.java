package org.empathylint.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Agent replies from a mail archive, each paired with the customer message it answers. A first pass
 * indexes the customer messages (mail not from an agent) by Message-ID; the second reads the agents'
 * mail and looks up the message named by In-Reply-To or References. When that message is not in the
 * archive, the reply goes without one and the linter reads the quoted part of the reply instead.
 */
public final class MailReader implements ReplyReader {
  private final MailArchive archive;
  private final AgentAddresses agents;

  private MailReader(MailArchive archive, AgentAddresses agents) {
    this.archive = archive;
    this.agents = agents;
  }

  /** An mbox file. */
  public static MailReader mbox(Path file, AgentAddresses agents) {
    return new MailReader(new MboxArchive(file), agents);
  }

  /** A folder of {@code .eml} files. */
  public static MailReader emlFolder(Path folder, AgentAddresses agents) throws IOException {
    return new MailReader(new EmlFolderArchive(folder), agents);
  }

  /** An mbox file, or a folder of {@code .eml} files when the path is a folder. */
  public static MailReader of(Path path, AgentAddresses agents) throws IOException {
    return Files.isDirectory(path) ? emlFolder(path, agents) : mbox(path, agents);
  }

  @Override
  public String name() {
    return archive.name();
  }

  @Override
  public long bytesToRead() {
    return archive.bytes();
  }

  @Override
  public void read(ReplySink sink, ByteProgress progress) throws IOException, InterruptedException {
    MessageIndex customerMessages = new MessageIndex();
    archive.forEach((number, location, in) -> {
      try {
        MailMessage header = MailMessage.header(in);
        if (header.messageId() != null && !agents.isAgent(header.from())) {
          customerMessages.put(header.messageId(), location);
        }
      } catch (MailMessage.Unreadable | RuntimeException e) {
        // reported by the second pass, which reads the whole message
      }
    }, ByteProgress.NONE);
    archive.forEach(new MailArchive.Visitor() {
      @Override
      public void message(int number, long location, InputStream in) throws IOException, InterruptedException {
        String where = archive.where(number, location);
        MailMessage mail;
        try {
          mail = MailMessage.read(in);
        } catch (MailMessage.Unreadable e) {
          sink.skipped(new Skipped(where, e.getMessage()));
          return;
        } catch (RuntimeException e) {
          sink.skipped(new Skipped(where, "unreadable message: " + e));
          return;
        }
        if (agents.isAgent(mail.from())) {
          sink.reply(new Reply(where, mail.messageId(), mail.body(), mail.html(),
              customerMessage(mail, customerMessages), mail.language(), mail.from(), null, mail.date()));
        }
      }

      @Override
      public void unreadable(int number, long location, String reason) throws InterruptedException {
        sink.skipped(new Skipped(archive.where(number, location), reason));
      }
    }, progress);
  }

  /** The text of the first message the reply answers that is in the archive, or null. */
  private String customerMessage(MailMessage reply, MessageIndex customerMessages) throws IOException {
    for (String id : reply.answers()) {
      long location = customerMessages.get(id);
      if (location < 0) {
        continue;
      }
      try (InputStream in = archive.open(location)) {
        MailMessage customer = MailMessage.read(in);
        if (id.equals(customer.messageId())) {
          return customer.plainBody();
        }
      } catch (MailMessage.Unreadable | RuntimeException e) {
        // an unreadable customer message pairs with nothing; the reply's quoted part is read instead
      }
    }
    return null;
  }
}
