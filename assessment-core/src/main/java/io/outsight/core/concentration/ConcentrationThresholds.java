package io.outsight.core.concentration;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

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

  /**
   * The share, in per cent, by which a vendor is a dependency: its share of the revenue when beyond
   * that threshold, else of the deals when beyond that one. Shares not known are not beyond.
   */
  public Optional<BigDecimal> beyond(BigDecimal revenueShare, BigDecimal dealsShare) {
    if (revenueShare != null && revenueShare.compareTo(revenuePercent) > 0) {
      return Optional.of(revenueShare);
    }
    return Optional.ofNullable(dealsShare).filter(share -> share.compareTo(dealsPercent) > 0);
  }

  /** Whether an exit plan reviewed on that day (none: never) was reviewed recently enough. */
  public boolean reviewedInTime(LocalDate reviewedOn, LocalDate today) {
    return reviewedOn != null && !reviewedOn.isBefore(today.minusMonths(exitPlanReviewMonths));
  }

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
