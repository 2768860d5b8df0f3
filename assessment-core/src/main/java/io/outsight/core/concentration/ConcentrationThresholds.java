package io.outsight.core.concentration;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * When one vendor carries too much of a channel: more than {@code revenuePercent} of its revenue or
 * more than {@code dealsPercent} of its deals. A dependency's exit plan is to have been reviewed
 * within {@code exitPlanReviewMonths}.
 */
public record ConcentrationThresholds(
    BigDecimal revenuePercent, BigDecimal dealsPercent, int exitPlanReviewMonths)
    implements Serializable {

  public static final ConcentrationThresholds DEFAULT =
      new ConcentrationThresholds(BigDecimal.valueOf(30), BigDecimal.valueOf(50), 12);

  public ConcentrationThresholds {
    if (revenuePercent.signum() < 0
        || revenuePercent.compareTo(BigDecimal.valueOf(100)) > 0
        || dealsPercent.signum() < 0
        || dealsPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException(
          "concentration thresholds are 0 to 100 %: " + revenuePercent + ", " + dealsPercent);
    }
    if (exitPlanReviewMonths < 1) {
      throw new IllegalArgumentException(
          "an exit plan is reviewed at least every month: " + exitPlanReviewMonths);
    }
  }
}
