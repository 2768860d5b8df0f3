package io.outsight.registry.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortalClockTest {

  private static final Clock REAL =
      Clock.fixed(Instant.parse("2026-12-01T08:30:00Z"), ZoneId.of("Europe/Helsinki"));

  @Test
  void aTestOrDemoStartsOnTheConfiguredDayAtNoon() {
    Clock test = PortalClock.chosen(Optional.of("test"), Optional.of("2028-02-29"), REAL);
    Clock demo = PortalClock.chosen(Optional.of("demo"), Optional.of(" 2027-01-31 "), REAL);

    assertThat(LocalDate.now(test)).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(test.instant()).isEqualTo(Instant.parse("2028-02-29T10:00:00Z"));
    assertThat(LocalDate.now(demo)).isEqualTo(LocalDate.of(2027, 1, 31));
  }

  @Test
  void withoutATestOrDemoProfileTheDayIsIgnored() {
    assertThat(PortalClock.chosen(Optional.empty(), Optional.of("2028-02-29"), REAL))
        .isSameAs(REAL);
    assertThat(PortalClock.chosen(Optional.of("prod"), Optional.of("2028-02-29"), REAL))
        .isSameAs(REAL);
    assertThat(PortalClock.chosen(Optional.of("test"), Optional.of(" "), REAL)).isSameAs(REAL);
    assertThat(PortalClock.chosen(Optional.of("test"), Optional.empty(), REAL)).isSameAs(REAL);
  }

  @Test
  void aDayThatDoesNotExistStopsTheStart() {
    assertThatThrownBy(
            () -> PortalClock.chosen(Optional.of("test"), Optional.of("2027-02-29"), REAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outsight.calendar.today")
        .hasMessageContaining("2027-02-29");
  }
}
