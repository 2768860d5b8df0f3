package io.outsight.core.costmodel;

import io.outsight.core.money.Money;
import io.outsight.core.money.Percentage;
import java.io.Serializable;

/**
 * What a vendor charges: one-time setup and onboarding fees, a monthly retainer, and results-based
 * fees per lead, per meeting and per closed deal, plus a share of the revenue it brings.
 */
public record OutsourcedOffer(
    Money setupFees,
    Money monthlyRetainer,
    Money feePerLead,
    Money feePerMeeting,
    Money feePerDeal,
    Percentage revenueShare)
    implements Serializable {

  public OutsourcedOffer {
    revenueShare.requireBetween(0, 100, "revenue share");
  }
}
