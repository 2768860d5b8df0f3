package io.outsight.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskTierTest {

  @ParameterizedTest
  @CsvSource({
    "100, 0, LOW",
    "75.0, 0, LOW",
    "74.9, 0, MEDIUM",
    "60.0, 0, MEDIUM",
    "59.9, 0, HIGH",
    "40.0, 0, HIGH",
    "39.9, 0, CRITICAL",
    "95, 1, HIGH",
    "95, 2, CRITICAL",
    "50, 1, HIGH"
  })
  void followsTheScoreUnlessRedFlagsSayWorse(String score, int flags, RiskTier expected) {
    assertThat(RiskTier.of(new BigDecimal(score), flags)).isEqualTo(expected);
  }
}
