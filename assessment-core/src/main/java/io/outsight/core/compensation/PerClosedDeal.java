package io.outsight.core.compensation;

import io.outsight.core.extension.BuiltInExtension;
import io.outsight.core.extension.CompensationModel;
import io.outsight.core.metric.PeriodResults;
import io.outsight.core.metric.ReportedMetric;
import jakarta.enterprise.context.ApplicationScoped;

/** A fee for every deal closed in the period, at graduated tiers. */
@ApplicationScoped
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
