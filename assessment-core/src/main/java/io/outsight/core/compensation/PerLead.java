package io.outsight.core.compensation;

import io.outsight.core.extension.BuiltInExtension;
import io.outsight.extension.api.compensation.CompensationModel;
import io.outsight.extension.api.compensation.CompensationTerms;
import io.outsight.extension.api.compensation.Payout;
import io.outsight.extension.api.metric.PeriodResults;
import io.outsight.extension.api.metric.ReportedMetric;

/**
 * A fee for every lead created, less the leads we returned or disqualified within the dispute
 * window: those are not paid.
 */
public class PerLead extends BuiltInExtension implements CompensationModel {

  public static final String ID = "per-lead";

  public PerLead() {
    super(ID, "Per lead");
  }

  @Override
  public Payout payoutFor(CompensationTerms terms, PeriodResults results) {
    return Graduated.tiered(
        terms,
        results,
        ReportedMetric.LEADS_CREATED,
        false,
        Graduated.lessReturned(terms, results));
  }

  @Override
  public boolean creditsReturns(CompensationTerms terms) {
    return true;
  }
}
