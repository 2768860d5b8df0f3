package io.outsight.core.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many failed sign-ins a name or an address may have before it is refused for a while: after
 * {@code maxFailures} failures within the lockout period, every attempt is refused until the oldest
 * of them is that period old, the right password included. Unknown names are counted like known
 * ones, so a lockout tells nobody whether a user exists. Kept in memory, per instance: a cluster
 * multiplies the attempts by its instances at most.
 */
public final class SignInThrottle {

  /** Names or addresses kept at most; beyond that, the ones with no recent failure go first. */
  private static final int KEPT = 10_000;

  private final int maxFailures;
  private final Duration lockout;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public SignInThrottle(int maxFailures, Duration lockout, Clock clock) {
    if (maxFailures < 1 || lockout.isNegative() || lockout.isZero()) {
      throw new IllegalArgumentException(
          "a throttle allows one failure or more over a positive period");
    }
    this.maxFailures = maxFailures;
    this.lockout = lockout;
    this.clock = clock;
  }

  /** Whether {@code key} (a name or an address) is refused now. */
  public boolean refuses(String key) {
    Deque<Instant> recent = failures.get(key);
    if (recent == null) {
      return false;
    }
    synchronized (recent) {
      forgetOld(recent);
      return recent.size() >= maxFailures;
    }
  }

  /** Counts a failed sign-in of {@code key}. */
  public void failed(String key) {
    if (failures.size() >= KEPT) {
      failures
          .entrySet()
          .removeIf(
              entry -> {
                synchronized (entry.getValue()) {
                  forgetOld(entry.getValue());
                  return entry.getValue().isEmpty();
                }
              });
    }
    Deque<Instant> recent = failures.computeIfAbsent(key, unused -> new ArrayDeque<>());
    synchronized (recent) {
      forgetOld(recent);
      recent.addLast(clock.instant());
    }
  }

  /** A successful sign-in of a name starts its count again. */
  public void succeeded(String key) {
    failures.remove(key);
  }

  private void forgetOld(Deque<Instant> recent) {
    Instant horizon = clock.instant().minus(lockout);
    while (!recent.isEmpty() && !recent.peekFirst().isAfter(horizon)) {
      recent.removeFirst();
    }
  }
}
