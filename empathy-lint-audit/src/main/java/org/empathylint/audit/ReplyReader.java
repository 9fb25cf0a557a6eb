package org.empathylint.audit;

import java.io.IOException;

/**
 * Reads one input (a file or a folder) and passes its replies on as it reads: a reader never holds
 * more than one message or record, whatever the size of the input.
 */
public interface ReplyReader {

  /** The input's name in messages (its file or folder name). */
  String name();

  /** Bytes this reader will read in all (for progress); 0 when unknown. */
  long bytesToRead();

  /**
   * Reads the input to the end. A record or message that cannot be used goes to {@link
   * ReplySink#skipped} and reading goes on.
   *
   * @param progress told the number of bytes read since its last call
   * @throws IOException when the input itself cannot be read
   */
  void read(ReplySink sink, ByteProgress progress) throws IOException, InterruptedException;

  /** Told how far a reader has come. */
  @FunctionalInterface
  interface ByteProgress {
    ByteProgress NONE = bytes -> { };

    void advanced(long bytes);
  }
}
