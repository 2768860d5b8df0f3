package io.outsight.core.assessment;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * How soon a vendor is assessed again, by the risk tier its last approved due diligence found: a
 * critical vendor sooner than a high one, both sooner than the rest.
 */
public record ReassessmentIntervals(int criticalMonths, int highMonths, int otherMonths)
    implements Serializable {

  /** By default a critical vendor every 6 months, a high one every 12, the others every 24. */
  public static final ReassessmentIntervals DEFAULT = new ReassessmentIntervals(6, 12, 24);

  public ReassessmentIntervals {
    for (int months : new int[] {criticalMonths, highMonths, otherMonths}) {
      if (months < 1 || months > 120) {
        throw new IllegalArgumentException(
            "a re-assessment interval is 1 to 120 months: " + months);
      }
    }
  }

  public int monthsFor(RiskTier tier) {
    return switch (tier) {
      case CRITICAL -> criticalMonths;
      case HIGH -> highMonths;
      case MEDIUM, LOW -> otherMonths;
    };
  }

  public LocalDate nextAfter(LocalDate decidedOn, RiskTier tier) {
    return decidedOn.plusMonths(monthsFor(tier));
  }
}
