package org.empathylint.audit;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a reader passes on, for tests. */
final class CollectingSink implements ReplySink {
  final List<Reply> replies = new ArrayList<>();
  final List<Skipped> skipped = new ArrayList<>();

  @Override
  public void reply(Reply reply) {
    replies.add(reply);
  }

  @Override
  public void skipped(Skipped skip) {
    skipped.add(skip);
  }
}
