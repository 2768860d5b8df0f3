package io.outsight.core.compensation;

import io.outsight.core.extension.BuiltInExtension;
import io.outsight.extension.api.compensation.CompensationModel;
import io.outsight.extension.api.compensation.CompensationTerms;
import io.outsight.extension.api.compensation.Payout;
import io.outsight.extension.api.metric.PeriodResults;
import io.outsight.extension.api.metric.ReportedMetric;
import java.util.Set;

/**
 * A fee for every qualified lead or booked meeting (the terms say which), as the contract's written
 * qualification definition counts them. Qualified leads we disqualified within the dispute window
 * are not paid; a meeting held stays paid.
 */
public class PerQualifiedLead extends BuiltInExtension implements CompensationModel {

  public static final String ID = "per-qualified-lead-or-meeting";

  public PerQualifiedLead() {
    super(ID, "Per qualified lead or meeting");
  }

  private static final Set<ReportedMetric> PAYABLE =
      Set.of(ReportedMetric.QUALIFIED_LEADS, ReportedMetric.MEETINGS_BOOKED);

  @Override
  public Payout payoutFor(CompensationTerms terms, PeriodResults results) {
    if (!PAYABLE.contains(terms.paidMetric())) {
      throw new IllegalArgumentException(
          "pays qualified leads or meetings, not " + terms.paidMetric());
    }
    if (terms.qualificationDefinition() == null || terms.qualificationDefinition().isBlank()) {
      throw new IllegalArgumentException(
          "qualified leads and meetings are paid by a written qualification definition");
    }
    return creditsReturns(terms)
        ? Graduated.tiered(
            terms, results, terms.paidMetric(), false, Graduated.lessReturned(terms, results))
        : Graduated.tiered(terms, results, terms.paidMetric(), false);
  }

  @Override
  public boolean creditsReturns(CompensationTerms terms) {
    return terms.paidMetric() == ReportedMetric.QUALIFIED_LEADS;
  }
}
