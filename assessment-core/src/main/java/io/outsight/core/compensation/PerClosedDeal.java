package io.outsight.core.compensation;

import io.outsight.core.extension.CompensationModel;
import io.outsight.core.metric.PeriodResults;
import io.outsight.core.metric.ReportedMetric;
import jakarta.enterprise.context.ApplicationScoped;

/** A fee for every deal closed in the period, at graduated tiers. */
@ApplicationScoped
public class PerClosedDeal implements CompensationModel {

  public static final String ID = "per-closed-deal";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String displayName() {
    return "Per closed deal";
  }

  @Override
  public String version() {
    return "1.0";
  }

  @Override
  public Payout payoutFor(CompensationTerms terms, PeriodResults results) {
    return Graduated.tiered(terms, results, ReportedMetric.DEALS_CLOSED, false);
  }
}
