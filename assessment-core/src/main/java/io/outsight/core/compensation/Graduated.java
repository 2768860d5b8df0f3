package io.outsight.core.compensation;

import io.outsight.extension.api.compensation.CompensationTerms;
import io.outsight.extension.api.compensation.Payout;
import io.outsight.extension.api.compensation.PayoutLine;
import io.outsight.extension.api.compensation.PayoutLine.Kind;
import io.outsight.extension.api.compensation.Tier;
import io.outsight.extension.api.metric.PeriodResults;
import io.outsight.extension.api.metric.ReportedMetric;
import io.outsight.extension.api.money.Money;
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
   * Each band of units paid at its tier's rate, a line each; with {@code percent}, the rate is a
   * share of the units.
   */
  private static void pay(
      CompensationTerms terms,
      ReportedMetric metric,
      BigDecimal units,
      boolean percent,
      List<PayoutLine> lines) {
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
      lines.add(new PayoutLine(percent ? Kind.SHARE : Kind.TIER, metric, band, rate, part));
    }
  }

  /** The period's payout from its lines, held between the floor and the cap by one more line. */
  static Payout bounded(CompensationTerms terms, List<PayoutLine> lines) {
    Money earned = Payout.of(lines, terms.currency()).amount();
    if (terms.floor() != null && earned.compareTo(terms.floor()) < 0) {
      lines.add(
          new PayoutLine(
              Kind.FLOOR, null, null, terms.floor().amount(), terms.floor().minus(earned)));
    } else if (terms.cap() != null && earned.compareTo(terms.cap()) > 0) {
      lines.add(
          new PayoutLine(Kind.CAP, null, null, terms.cap().amount(), terms.cap().minus(earned)));
    }
    return Payout.of(lines, terms.currency());
  }

  /** A reported metric, or none: a period without data is not a period of zero results. */
  static Optional<BigDecimal> reported(
      CompensationTerms terms,
      PeriodResults results,
      ReportedMetric metric,
      List<PayoutLine> lines) {
    Optional<BigDecimal> value = results.value(metric);
    if (value.isEmpty()) {
      lines.add(new PayoutLine(Kind.NO_DATA, metric, null, null, Money.zero(terms.currency())));
    }
    return value;
  }

  /**
   * The reported metric paid at the graduated tiers and held between floor and cap; no data earns
   * nothing.
   */
  static Payout tiered(
      CompensationTerms terms, PeriodResults results, ReportedMetric metric, boolean percent) {
    return tiered(terms, results, metric, percent, (units, lines) -> units);
  }

  /**
   * The units less the leads returned within the dispute window, with a line saying they are not
   * paid: for a model that pays by leads.
   */
  static BiFunction<BigDecimal, List<PayoutLine>, BigDecimal> lessReturned(
      CompensationTerms terms, PeriodResults results) {
    return (units, lines) -> {
      BigDecimal returned = results.value(ReportedMetric.LEADS_RETURNED).orElse(BigDecimal.ZERO);
      if (returned.signum() > 0) {
        lines.add(
            new PayoutLine(
                PayoutLine.Kind.NOT_PAID,
                ReportedMetric.LEADS_RETURNED,
                returned,
                null,
                Money.zero(terms.currency())));
      }
      return units.subtract(returned).max(BigDecimal.ZERO);
    };
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
      BiFunction<BigDecimal, List<PayoutLine>, BigDecimal> payable) {
    List<PayoutLine> lines = new ArrayList<>();
    reported(terms, results, metric, lines)
        .ifPresent(units -> pay(terms, metric, payable.apply(units, lines), percent, lines));
    return bounded(terms, lines);
  }
}
