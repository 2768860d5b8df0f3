package io.outsight.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  /** A clock the test moves by hand. */
  private static final class Hands extends Clock {
    private Instant now = Instant.parse("2026-12-01T09:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  @Test
  void theFifthFailureWithinFifteenMinutesRefusesTheNameUntilTheFirstIsFifteenMinutesOld() {
    Hands clock = new Hands();
    SignInThrottle throttle = new SignInThrottle(5, Duration.ofMinutes(15), clock);

    for (int i = 0; i < 4; i++) {
      throttle.failed("procurement");
      clock.advance(Duration.ofMinutes(1));
    }
    assertThat(throttle.refuses("procurement")).as("four failures").isFalse();
    throttle.failed("procurement");
    assertThat(throttle.refuses("procurement")).as("five failures within four minutes").isTrue();
    assertThat(throttle.refuses("auditor")).as("another name").isFalse();

    // the first failure was at 09:00: refused until 09:15, counted again from then
    clock.advance(Duration.ofMinutes(10).plusSeconds(59));
    assertThat(throttle.refuses("procurement")).as("09:14:59").isTrue();
    clock.advance(Duration.ofSeconds(1));
    assertThat(throttle.refuses("procurement")).as("09:15:00").isFalse();
  }

  @Test
  void aSuccessfulSignInStartsTheCountAgain() {
    SignInThrottle throttle = new SignInThrottle(3, Duration.ofMinutes(15), new Hands());

    throttle.failed("auditor");
    throttle.failed("auditor");
    throttle.succeeded("auditor");
    throttle.failed("auditor");
    throttle.failed("auditor");

    assertThat(throttle.refuses("auditor")).isFalse();
  }
}
