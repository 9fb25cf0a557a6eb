package org.empathylint.audit;

/** Receives what an input reader finds, one item at a time, in input order. */
public interface ReplySink {

  /** A reply to audit. May block while the auditor catches up: readers hold nothing back. */
  void reply(Reply reply) throws InterruptedException;

  /** A message or record that cannot be audited. */
  void skipped(Skipped skipped) throws InterruptedException;
}
