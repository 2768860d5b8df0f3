package io.outsight.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class KeptFiguresTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

  private final KeptFigures kept = new KeptFigures();

  private final AtomicInteger computed = new AtomicInteger();

  private final Supplier<String> figures = () -> "figures " + computed.incrementAndGet();

  @Test
  void figuresAreComputedOnceWhileNothingChangesTheSameDay() {
    assertThat(kept.of("report", String.class, 41, MONDAY, figures)).isEqualTo("figures 1");
    assertThat(kept.of("report", String.class, 41, MONDAY, figures)).isEqualTo("figures 1");
    assertThat(computed).hasValue(1);
  }

  @Test
  void aChangeToTheRegistryComputesThemAgain() {
    kept.of("report", String.class, 41, MONDAY, figures);

    assertThat(kept.of("report", String.class, 42, MONDAY, figures)).isEqualTo("figures 2");
    assertThat(kept.of("report", String.class, 42, MONDAY, figures)).isEqualTo("figures 2");
  }

  @Test
  void aNewDayComputesThemAgainWithoutAChange() {
    kept.of("report", String.class, 41, MONDAY, figures);

    assertThat(kept.of("report", String.class, 41, MONDAY.plusDays(1), figures))
        .isEqualTo("figures 2");
  }

  @Test
  void eachKeyKeepsItsOwnFigures() {
    kept.of("contract 1", String.class, 41, MONDAY, figures);
    kept.of("contract 2", String.class, 41, MONDAY, figures);

    assertThat(kept.of("contract 1", String.class, 41, MONDAY, figures)).isEqualTo("figures 1");
    assertThat(kept.of("contract 2", String.class, 41, MONDAY, figures)).isEqualTo("figures 2");
  }

  @Test
  void figuresOfAnEarlierChangeComputedLateDoNotReplaceLaterOnes() {
    // a slow reader that read the head before a change finishes after a reader that read it after
    kept.of("report", String.class, 42, MONDAY, figures);
    kept.of("report", String.class, 41, MONDAY, figures);

    assertThat(kept.of("report", String.class, 42, MONDAY, figures)).isEqualTo("figures 1");
  }

  @Test
  void theLeastRecentlyAskedForGoFirstBeyond256() {
    kept.of("first", String.class, 41, MONDAY, figures);
    kept.of("second", String.class, 41, MONDAY, figures);
    kept.of("first", String.class, 41, MONDAY, figures);
    for (int i = 0; i < 255; i++) {
      kept.of(i, String.class, 41, MONDAY, figures);
    }

    assertThat(kept.of("first", String.class, 41, MONDAY, figures)).isEqualTo("figures 1");
    assertThat(kept.of("second", String.class, 41, MONDAY, figures)).isEqualTo("figures 258");
  }
}
