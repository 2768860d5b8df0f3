package io.outsight.core.compensation;

import io.outsight.core.extension.CompensationModel;
import io.outsight.core.metric.PeriodResults;
import io.outsight.core.metric.ReportedMetric;
import io.outsight.core.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

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
    List<String> explanation = Graduated.explanation();
    Money earned = Graduated.reported(results, ReportedMetric.DEALS_CLOSED, explanation)
        .map(deals -> Graduated.pay(terms, deals, false, explanation))
        .orElse(Money.zero(terms.currency()));
    return Graduated.bounded(terms, earned, explanation);
  }
}
