package io.outsight.core.compensation;

import io.outsight.core.extension.CompensationModel;
import io.outsight.core.metric.PeriodResults;
import io.outsight.core.metric.ReportedMetric;
import io.outsight.core.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

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
    List<String> explanation = Graduated.explanation();
    Money earned = Graduated.reported(results, ReportedMetric.REVENUE, explanation)
        .map(revenue -> Graduated.pay(terms, revenue, true, explanation))
        .orElse(Money.zero(terms.currency()));
    return Graduated.bounded(terms, earned, explanation);
  }
}
