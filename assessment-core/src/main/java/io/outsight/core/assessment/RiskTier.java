package io.outsight.core.assessment;

import java.math.BigDecimal;

/**
 * How risky the assessed party is, from the score and the red flags. One red flag makes the risk at
 * least high and two make it critical, however good the score.
 */
public enum RiskTier {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL;

  private static final BigDecimal CRITICAL_BELOW = BigDecimal.valueOf(40);
  private static final BigDecimal HIGH_BELOW = BigDecimal.valueOf(60);
  private static final BigDecimal MEDIUM_BELOW = BigDecimal.valueOf(75);

  public static RiskTier of(BigDecimal score, int redFlags) {
    if (redFlags >= 2 || score.compareTo(CRITICAL_BELOW) < 0) {
      return CRITICAL;
    }
    if (redFlags == 1 || score.compareTo(HIGH_BELOW) < 0) {
      return HIGH;
    }
    return score.compareTo(MEDIUM_BELOW) < 0 ? MEDIUM : LOW;
  }
}
