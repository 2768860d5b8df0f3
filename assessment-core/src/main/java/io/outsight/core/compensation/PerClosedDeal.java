package io.outsight.core.compensation;

import io.outsight.core.extension.BuiltInExtension;
import io.outsight.extension.api.compensation.CompensationModel;
import io.outsight.extension.api.compensation.CompensationTerms;
import io.outsight.extension.api.compensation.Payout;
import io.outsight.extension.api.metric.PeriodResults;
import io.outsight.extension.api.metric.ReportedMetric;

/** A fee for every deal closed in the period, at graduated tiers. */
public class PerClosedDeal extends BuiltInExtension implements CompensationModel {

  public static final String ID = "per-closed-deal";

  public PerClosedDeal() {
    super(ID, "Per closed deal");
  }

  @Override
  public Payout payoutFor(CompensationTerms terms, PeriodResults results) {
    return Graduated.tiered(terms, results, ReportedMetric.DEALS_CLOSED, false);
  }
}
