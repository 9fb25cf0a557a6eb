package org.empathylint.audit;

import java.io.IOException;
import java.io.InputStream;
import org.empathylint.audit.ReplyReader.ByteProgress;

/** A mail archive read one message at a time: an mbox file or a folder of {@code .eml} files. */
interface MailArchive {

  /** The archive's name in messages ("sent.mbox"). */
  String name();

  /** Its size in bytes, for progress. */
  long bytes();

  /** Where message {@code number} is, in messages ("sent.mbox message 3", "inbox/0003.eml"). */
  String where(int number, long location);

  /** Visits every message in archive order. */
  void forEach(Visitor visitor, ByteProgress progress) throws IOException, InterruptedException;

  /** Reads the message at a location a visit gave. */
  InputStream open(long location) throws IOException;

  /** Sees one message. */
  @FunctionalInterface
  interface Visitor {
    /**
     * @param number   its number in the archive, from 1
     * @param location what {@link #open} takes to read it again
     * @param message  its bytes; read it or not, before returning
     */
    void message(int number, long location, InputStream message) throws IOException, InterruptedException;

    /** A message the archive cannot give (too large); the visit goes on. */
    default void unreadable(int number, long location, String reason) throws InterruptedException {
    }
  }
}
