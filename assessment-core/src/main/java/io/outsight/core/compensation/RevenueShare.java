package io.outsight.core.compensation;

import io.outsight.core.extension.CompensationModel;
import io.outsight.core.metric.PeriodResults;
import io.outsight.core.metric.ReportedMetric;
import jakarta.enterprise.context.ApplicationScoped;

/** A share of the revenue the vendor generated; tiers are revenue bands with their percentages. */
@ApplicationScoped
public class RevenueShare implements CompensationModel {

  public static final String ID = "revenue-share";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String displayName() {
    return "Revenue share";
  }

  @Override
  public String version() {
    return "1.0";
  }

  @Override
  public Payout payoutFor(CompensationTerms terms, PeriodResults results) {
    return Graduated.tiered(terms, results, ReportedMetric.REVENUE, true);
  }
}
