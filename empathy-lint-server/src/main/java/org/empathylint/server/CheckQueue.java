package org.empathylint.server;

import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs checks on a fixed number of threads with a bounded number waiting. A place is taken when a
 * check is offered and given back as soon as its result is ready, before the answer is written, so a
 * client that sends its next request on receiving an answer always finds its place free: 503 "busy"
 * comes only when more than threads + queue checks are really in the server.
 */
final class CheckQueue implements AutoCloseable {
  private final ThreadPoolExecutor executor;
  private final Semaphore places;
  private final int capacity;

  CheckQueue(int threads, int queue) {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory = r -> {
      Thread thread = new Thread(r, "empathy-lint-check-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
    // Unbounded here; the places bound it.
    executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
    capacity = threads + queue;
    places = new Semaphore(capacity);
  }

  /** Checks running or waiting. */
  int inProgress() {
    return capacity - places.availablePermits();
  }

  /**
   * Queues a check, or returns null when threads and queue are full. {@code check} computes the result
   * and returns what writes it; it runs on a check thread.
   */
  Job offer(Supplier<Runnable> check) {
    if (!places.tryAcquire()) {
      return null;
    }
    Job job = new Job(check);
    job.future = executor.submit(job::run);
    return job;
  }

  /** Stops the threads (interrupting running checks). */
  @Override
  public void close() {
    executor.shutdownNow();
  }

  /** A queued check that can be stopped: taken out of the queue, or interrupted while it runs. */
  final class Job {
    private static final int QUEUED = 0;
    private static final int RUNNING = 1;
    private static final int STOPPED = 2;

    private final Supplier<Runnable> check;
    private final AtomicInteger state = new AtomicInteger(QUEUED);
    private volatile Future<?> future;

    private Job(Supplier<Runnable> check) {
      this.check = check;
    }

    private void run() {
      if (!state.compareAndSet(QUEUED, RUNNING)) {
        return; // stopped while waiting; its place was given back then
      }
      Runnable answer;
      try {
        answer = check.get();
      } finally {
        places.release();
      }
      answer.run();
    }

    /**
     * Stops the check: a waiting one leaves the queue at once; a running one is interrupted and stops
     * at its next sentence (its place comes back then).
     */
    void stop() {
      if (state.compareAndSet(QUEUED, STOPPED)) {
        places.release();
        executor.remove((Runnable) future);
      } else {
        future.cancel(true);
      }
    }
  }
}
