package io.outsight.core.compensation;

import io.outsight.core.extension.BuiltInExtension;
import io.outsight.core.metric.PeriodResults;
import io.outsight.core.metric.ReportedMetric;

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
