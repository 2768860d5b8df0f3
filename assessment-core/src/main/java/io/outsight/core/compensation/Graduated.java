package io.outsight.core.compensation;

import io.outsight.core.metric.PeriodResults;
import io.outsight.core.metric.ReportedMetric;
import io.outsight.core.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/** The arithmetic the built-in models share: graduated tiers, then the floor and the cap. */
final class Graduated {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Graduated() {}

  /**
   * Each band of units paid at its tier's rate; with {@code percent}, the rate is a share of the
   * units.
   */
  private static Money pay(
      CompensationTerms terms, BigDecimal units, boolean percent, List<String> explanation) {
    Money total = Money.zero(terms.currency());
    List<Tier> tiers = terms.tiers();
    for (int i = 0; i < tiers.size(); i++) {
      BigDecimal from = tiers.get(i).from();
      BigDecimal to = i + 1 < tiers.size() ? tiers.get(i + 1).from() : units;
      BigDecimal band = units.min(to).subtract(from).max(BigDecimal.ZERO);
      if (band.signum() == 0) {
        continue;
      }
      BigDecimal rate = tiers.get(i).rate();
      Money part =
          new Money(
              percent
                  ? band.multiply(rate).divide(HUNDRED, MathContext.DECIMAL64)
                  : band.multiply(rate),
              terms.currency());
      explanation.add(
          band.stripTrailingZeros().toPlainString()
              + (percent
                  ? " at " + rate.stripTrailingZeros().toPlainString() + " %"
                  : " x " + rate.stripTrailingZeros().toPlainString())
              + " = "
              + part);
      total = total.plus(part);
    }
    return total;
  }

  /** The period's payout held between the floor and the cap. */
  static Payout bounded(CompensationTerms terms, Money earned, List<String> explanation) {
    Money paid = earned;
    if (terms.floor() != null && paid.compareTo(terms.floor()) < 0) {
      explanation.add("raised to the floor " + terms.floor());
      paid = terms.floor();
    }
    if (terms.cap() != null && paid.compareTo(terms.cap()) > 0) {
      explanation.add("limited to the cap " + terms.cap());
      paid = terms.cap();
    }
    return new Payout(paid, explanation);
  }

  /** A reported metric, or none: a period without data is not a period of zero results. */
  static Optional<BigDecimal> reported(
      PeriodResults results, ReportedMetric metric, List<String> explanation) {
    Optional<BigDecimal> value = results.value(metric);
    if (value.isEmpty()) {
      explanation.add("no data reported for " + metric);
    }
    return value;
  }

  /**
   * The reported metric paid at the graduated tiers and held between floor and cap; no data earns
   * nothing.
   */
  static Payout tiered(
      CompensationTerms terms, PeriodResults results, ReportedMetric metric, boolean percent) {
    return tiered(terms, results, metric, percent, (units, explanation) -> units);
  }

  /**
   * As {@link #tiered(CompensationTerms, PeriodResults, ReportedMetric, boolean)}, paying only the
   * units {@code payable} leaves.
   */
  static Payout tiered(
      CompensationTerms terms,
      PeriodResults results,
      ReportedMetric metric,
      boolean percent,
      BiFunction<BigDecimal, List<String>, BigDecimal> payable) {
    List<String> explanation = new ArrayList<>();
    Money earned =
        reported(results, metric, explanation)
            .map(units -> pay(terms, payable.apply(units, explanation), percent, explanation))
            .orElse(Money.zero(terms.currency()));
    return bounded(terms, earned, explanation);
  }
}
