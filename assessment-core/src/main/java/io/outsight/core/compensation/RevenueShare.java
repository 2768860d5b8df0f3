package io.outsight.core.compensation;

import io.outsight.core.extension.BuiltInExtension;
import io.outsight.extension.api.compensation.CompensationModel;
import io.outsight.extension.api.compensation.CompensationTerms;
import io.outsight.extension.api.compensation.Payout;
import io.outsight.extension.api.metric.PeriodResults;
import io.outsight.extension.api.metric.ReportedMetric;

/** A share of the revenue the vendor generated; tiers are revenue bands with their percentages. */
public class RevenueShare extends BuiltInExtension implements CompensationModel {

  public static final String ID = "revenue-share";

  public RevenueShare() {
    super(ID, "Revenue share");
  }

  @Override
  public Payout payoutFor(CompensationTerms terms, PeriodResults results) {
    return Graduated.tiered(terms, results, ReportedMetric.REVENUE, true);
  }
}
