package org.empathylint.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes a connection that has not sent a complete request header within the header timeout of
 * opening or of its previous answer. The idle timeout alone would let a client keep a connection
 * by sending one header byte just before each timeout.
 */
final class HeaderDeadline implements Connection.Listener {
  private final Scheduler scheduler;
  private final long millis;
  private final Map<Connection, Armed> pending = new ConcurrentHashMap<>();

  HeaderDeadline(Scheduler scheduler, long millis) {
    this.scheduler = scheduler;
    this.millis = millis;
  }

  @Override
  public void onOpened(Connection connection) {
    arm(connection);
  }

  @Override
  public void onClosed(Connection connection) {
    disarm(connection);
  }

  /** A complete header arrived: the connection may take as long as its request needs. */
  void disarm(Connection connection) {
    Armed armed = pending.remove(connection);
    if (armed != null) {
      armed.cancel();
    }
  }

  /** The connection's answer is written: the next header must arrive in time. */
  void arm(Connection connection) {
    if (!connection.getEndPoint().isOpen()) {
      return;
    }
    Armed armed = new Armed(connection);
    Armed previous = pending.put(connection, armed);
    if (previous != null) {
      previous.cancel();
    }
    armed.task = scheduler.schedule(armed, millis, TimeUnit.MILLISECONDS);
  }

  /** One deadline of one connection; a later one replaces it. */
  private final class Armed implements Runnable {
    private final Connection connection;
    private volatile Scheduler.Task task;

    private Armed(Connection connection) {
      this.connection = connection;
    }

    private void cancel() {
      Scheduler.Task scheduled = task;
      if (scheduled != null) {
        scheduled.cancel();
      }
    }

    @Override
    public void run() {
      if (pending.remove(connection, this)) {
        connection.close();
      }
    }
  }
}
