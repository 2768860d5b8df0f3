package io.outsight.core.compensation;

import io.outsight.core.extension.BuiltInExtension;
import io.outsight.core.metric.PeriodResults;
import io.outsight.core.metric.ReportedMetric;
import io.outsight.core.money.Money;
import java.math.BigDecimal;

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
        (leads, lines) -> {
          BigDecimal returned =
              results.value(ReportedMetric.LEADS_RETURNED).orElse(BigDecimal.ZERO);
          if (returned.signum() > 0) {
            lines.add(
                new PayoutLine(
                    PayoutLine.Kind.NOT_PAID,
                    ReportedMetric.LEADS_RETURNED,
                    returned,
                    null,
                    Money.zero(terms.currency())));
          }
          return leads.subtract(returned).max(BigDecimal.ZERO);
        });
  }
}
