package io.outsight.core.costmodel;

import io.outsight.extension.api.money.Money;
import io.outsight.extension.api.money.Percentage;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A vendor's offer: one-time setup and onboarding fees, a monthly retainer, results-based fees per
 * lead, per meeting and per closed deal, a share of the revenue; how many of the leads it works
 * become deals (for a lead-generation offer: how many of the leads it hands over our closers
 * close), its own ramp, and the time we spend governing it, in money.
 */
public record OutsourcedOffer(
    Money setupFees,
    Money monthlyRetainer,
    Money feePerLead,
    Money feePerMeeting,
    Money feePerDeal,
    Percentage revenueShare,
    Percentage leadToDeal,
    int rampMonths,
    Percentage rampProductivity,
    Money governancePerMonth)
    implements Serializable {

  public OutsourcedOffer {
    revenueShare.requireBetween(0, 100, "revenue share");
    leadToDeal.requireBetween(0, 100, "vendor lead-to-deal conversion");
    rampProductivity.requireBetween(0, 100, "vendor ramp productivity");
    if (rampMonths < 0) {
      throw new IllegalArgumentException("the vendor's ramp months cannot be negative");
    }
  }

  /** The same offer with every fee it charges scaled by this factor, a revenue share up to all. */
  OutsourcedOffer feesTimes(BigDecimal factor) {
    return new OutsourcedOffer(
        setupFees.times(factor),
        monthlyRetainer.times(factor),
        feePerLead.times(factor),
        feePerMeeting.times(factor),
        feePerDeal.times(factor),
        new Percentage(revenueShare.value().multiply(factor).min(BigDecimal.valueOf(100))),
        leadToDeal,
        rampMonths,
        rampProductivity,
        governancePerMonth);
  }

  /** The same offer converting this factor as many of its leads. */
  OutsourcedOffer conversionTimes(BigDecimal factor) {
    return new OutsourcedOffer(
        setupFees,
        monthlyRetainer,
        feePerLead,
        feePerMeeting,
        feePerDeal,
        revenueShare,
        new Percentage(leadToDeal.value().multiply(factor).min(BigDecimal.valueOf(100))),
        rampMonths,
        rampProductivity,
        governancePerMonth);
  }
}
