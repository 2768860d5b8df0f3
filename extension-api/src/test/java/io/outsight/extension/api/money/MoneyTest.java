package io.outsight.extension.api.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void keepsTheCurrencysMinorUnitRoundingHalfEven() {
    assertThat(Money.of("10.125", "EUR").amount()).isEqualByComparingTo("10.12");
    assertThat(Money.of("10.135", "EUR").amount()).isEqualByComparingTo("10.14");
    assertThat(Money.of("1000.4", "JPY").amount()).isEqualByComparingTo("1000");
  }

  @Test
  void neverMixesCurrencies() {
    assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "SEK")))
        .hasMessageContaining("EUR");
  }

  @Test
  void sharesAnAmountPerUnitAndKnowsThereAreNone() {
    // 100 / 3 = 33.333... -> 33.33
    assertThat(Money.of("100", "EUR").per(BigDecimal.valueOf(3)))
        .contains(Money.of("33.33", "EUR"));
    assertThat(Money.of("100", "EUR").per(BigDecimal.ZERO)).isEmpty();
  }

  @Test
  void takesAPercentageOfAnAmount() {
    // 12.5 % of 2,000 = 250
    assertThat(Money.of("2000", "EUR").times(Percentage.of("12.5").fraction()))
        .isEqualTo(Money.of("250", "EUR"));
  }
}
