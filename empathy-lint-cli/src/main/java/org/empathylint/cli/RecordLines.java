package org.empathylint.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Reads standard input of {@code batch} line by line as UTF-8 bytes. A line longer than the limit is
 * skipped to its end without being held in memory, a line that is not UTF-8 is reported rather than
 * read with replacement characters, and a byte order mark at the start of a line is dropped (at the
 * start of the input, or of each file when files were concatenated).
 */
final class RecordLines {
  /** One input line: its text, or why it cannot be read. */
  record Line(int number, String text, String problem) {}

  private final InputStream in;
  private final int maxBytes;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private int number;
  private boolean atEnd;

  /** @param maxBytes the longest line read, in bytes (without its line break) */
  RecordLines(InputStream in, int maxBytes) {
    this.in = new java.io.BufferedInputStream(in);
    this.maxBytes = maxBytes;
  }

  /** The next line, or null at the end of the input. */
  Line next() throws IOException {
    if (atEnd) {
      return null;
    }
    buffer.reset();
    long length = 0;
    int b;
    while ((b = in.read()) != -1 && b != '\n') {
      if (length++ < maxBytes) {
        buffer.write(b);
      }
    }
    if (b == -1) {
      atEnd = true;
      if (length == 0) {
        return null;
      }
    }
    number++;
    if (length > maxBytes) {
      return new Line(number, null, "the line is longer than " + maxBytes + " bytes (see --max-text-length)");
    }
    byte[] bytes = buffer.toByteArray();
    int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    try {
      String text = decoder().decode(ByteBuffer.wrap(bytes, 0, end)).toString();
      return new Line(number, text.startsWith("\uFEFF") ? text.substring(1) : text, null);
    } catch (MalformedInputException e) {
      return new Line(number, null, "not UTF-8 text (at byte " + (firstBadByte(bytes, end) + 1) + " of the line)");
    } catch (CharacterCodingException e) {
      return new Line(number, null, "not UTF-8 text");
    }
  }

  private static CharsetDecoder decoder() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The index of the first byte that does not decode, found by decoding ever longer prefixes' ends. */
  private static int firstBadByte(byte[] bytes, int end) {
    CharsetDecoder decoder = decoder();
    ByteBuffer input = ByteBuffer.wrap(bytes, 0, end);
    java.nio.CharBuffer output = java.nio.CharBuffer.allocate(end + 1);
    decoder.decode(input, output, true);
    return input.position();
  }
}
