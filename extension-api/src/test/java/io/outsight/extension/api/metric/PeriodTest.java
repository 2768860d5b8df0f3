package io.outsight.extension.api.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

  @Test
  void readsAMonthOrAQuarterAsTheLedgerWritesThem() {
    assertThat(Period.parse("2026-11")).isEqualTo(Period.month(2026, 11));
    assertThat(Period.parse(" 2026-01 ")).isEqualTo(Period.month(2026, 1));
    assertThat(Period.parse("2026-Q4")).isEqualTo(Period.quarter(2026, 4));
    assertThat(Period.parse("2026q1")).isEqualTo(Period.quarter(2026, 1));
    assertThat(Period.parse("2026-11").toString()).isEqualTo("2026-11");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-13", "2026-00", "2026-1", "26-11", "2026/11", "2026-Q5", "", "11"})
  void refusesWhatIsNeitherAMonthNorAQuarter(String text) {
    assertThatThrownBy(() -> Period.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a month (2026-11) or a quarter (2026-Q4): " + text);
  }
}
