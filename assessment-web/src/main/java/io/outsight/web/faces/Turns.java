package io.outsight.web.faces;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** A fixed number of turns, handed out first come first served; each is given back once. */
final class Turns {

  private final Semaphore free;
  private final Duration longestWait;

  Turns(int count, Duration longestWait) {
    if (count < 1) {
      throw new IllegalArgumentException("at least one turn, not " + count);
    }
    this.free = new Semaphore(count, true);
    this.longestWait = longestWait;
  }

  /** Waits for a turn, behind those who asked first; empty when none came in the longest wait. */
  Optional<Turn> take() throws InterruptedException {
    return free.tryAcquire(longestWait.toNanos(), TimeUnit.NANOSECONDS)
        ? Optional.of(new Turn())
        : Optional.empty();
  }

  int free() {
    return free.availablePermits();
  }

  int waiting() {
    return free.getQueueLength();
  }

  /** A turn taken, given back when closed; closing it again gives nothing more back. */
  final class Turn implements AutoCloseable {

    private final AtomicBoolean held = new AtomicBoolean(true);

    private Turn() {}

    @Override
    public void close() {
      if (held.getAndSet(false)) {
        free.release();
      }
    }
  }
}
