package org.empathylint.audit;

/** Told how an audit run advances (for a progress bar). Called from several threads. */
public interface AuditListener {
  AuditListener NONE = new AuditListener() { };

  /** Before reading: the bytes all inputs will read (0 when unknown). */
  default void started(long totalBytes) {
  }

  /** Some bytes of input were read. */
  default void read(long bytes) {
  }

  /** One reply was audited or one message or record skipped. */
  default void done() {
  }
}
