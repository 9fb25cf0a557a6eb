package org.empathylint.audit;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.empathylint.audit.ReplyReader.ByteProgress;

/**
 * An mbox file (Thunderbird, Gmail's Takeout, mutt): messages separated by lines starting with
 * {@code "From "} at the start of the file or after an empty line; {@code ">From "} lines in a body
 * (mboxrd quoting) lose one {@code >}. A message is held in memory only while it is read, and one
 * larger than {@link #MAX_MESSAGE_BYTES} is reported and passed over.
 */
final class MboxArchive implements MailArchive {
  /** Larger messages (big attachments) are skipped rather than held in memory. */
  static final int MAX_MESSAGE_BYTES = 32 * 1024 * 1024;

  private final Path file;

  MboxArchive(Path file) {
    this.file = file;
  }

  @Override
  public String name() {
    return file.getFileName().toString();
  }

  @Override
  public long bytes() {
    return InputFiles.size(file);
  }

  @Override
  public String where(int number, long location) {
    return name() + " message " + number;
  }

  @Override
  public void forEach(Visitor visitor, ByteProgress progress) throws IOException, InterruptedException {
    try (InputStream in = new CountingInput(new BufferedInputStream(
        Files.newInputStream(file), 1 << 16), progress)) {
      split(in, visitor, false);
    }
  }

  @Override
  public InputStream open(long location) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      channel.position(location);
      InputStream in = new BufferedInputStream(Channels.newInputStream(channel), 1 << 16);
      ByteArrayInputStream[] first = new ByteArrayInputStream[1];
      try {
        split(in, (number, at, message) -> first[0] = new ByteArrayInputStream(message.readAllBytes()), true);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      if (first[0] == null) {
        throw new IOException("no message at byte " + location + " of " + name());
      }
      return first[0];
    }
  }

  /** Splits the stream into messages; with {@code firstOnly}, stops after the first. */
  private static void split(InputStream in, Visitor visitor, boolean firstOnly)
      throws IOException, InterruptedException {
    Lines lines = new Lines(in);
    ByteArrayOutputStream message = new ByteArrayOutputStream();
    boolean inMessage = false;
    boolean tooLarge = false;
    boolean previousBlank = true;
    int number = 0;
    long start = 0;
    while (true) {
      long lineStart = lines.position();
      byte[] line = lines.next();
      boolean separator = line != null && previousBlank && startsWith(line, 0, "From ");
      if (line == null || separator) {
        if (inMessage) {
          if (tooLarge) {
            visitor.unreadable(number, start, "message larger than " + (MAX_MESSAGE_BYTES >> 20) + " MB");
          } else {
            visitor.message(number, start, new ByteArrayInputStream(message.toByteArray()));
          }
          if (firstOnly) {
            return;
          }
        }
        if (line == null) {
          return;
        }
        number++;
        start = lineStart;
        inMessage = true;
        tooLarge = false;
        message.reset();
        previousBlank = false;
        continue;
      }
      previousBlank = isBlank(line);
      if (!inMessage || tooLarge) {
        continue;
      }
      int from = unquotedFrom(line) ? 1 : 0;
      if (message.size() + line.length > MAX_MESSAGE_BYTES) {
        tooLarge = true;
        message.reset();
      } else {
        message.write(line, from, line.length - from);
      }
    }
  }

  /** A {@code >From }, {@code >>From } … line, which mboxrd wrote for a body line with one less {@code >}. */
  private static boolean unquotedFrom(byte[] line) {
    int i = 0;
    while (i < line.length && line[i] == '>') {
      i++;
    }
    return i > 0 && startsWith(line, i, "From ");
  }

  private static boolean startsWith(byte[] line, int offset, String prefix) {
    if (line.length - offset < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (line[offset + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != '\n' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** Lines of bytes, each with its line end, and the byte position of the next one. */
  private static final class Lines {
    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private long position;

    Lines(InputStream in) {
      this.in = in;
    }

    long position() {
      return position;
    }

    byte[] next() throws IOException {
      line.reset();
      for (int b; (b = in.read()) >= 0; ) {
        line.write(b);
        if (b == '\n') {
          break;
        }
      }
      position += line.size();
      return line.size() == 0 ? null : line.toByteArray();
    }
  }
}
