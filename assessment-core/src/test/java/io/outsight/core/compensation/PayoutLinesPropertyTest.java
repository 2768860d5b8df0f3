package io.outsight.core.compensation;

import io.outsight.extension.api.compensation.CompensationModel;
import io.outsight.extension.api.compensation.CompensationTerms;
import io.outsight.extension.api.compensation.Payout;
import io.outsight.extension.api.compensation.PayoutLine;
import io.outsight.extension.api.compensation.Tier;
import io.outsight.extension.api.metric.PeriodResults;
import io.outsight.extension.api.metric.ReportedMetric;
import io.outsight.extension.api.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Over many generated terms and results, for every built-in model: the lines of a payout add up to
 * it, each band is paid at its rate, and the payout stays between the floor and the cap. The
 * generator is seeded, so a failure names a case that can be run again.
 */
class PayoutLinesPropertyTest {

  private static final Currency EUR = Currency.getInstance("EUR");

  private static final int CASES = 5000;

  private static final List<CompensationModel> MODELS =
      List.of(
          new PerLead(),
          new PerClosedDeal(),
          new PerQualifiedLead(),
          new RevenueShare(),
          new RetainerPlusBonus());

  @Test
  void everyPayoutIsTheSumOfItsLinesAndStaysWithinFloorAndCap() {
    Random random = new Random(20261202L);
    SoftAssertions softly = new SoftAssertions();
    for (int generated = 0; generated < CASES; generated++) {
      CompensationModel model = MODELS.get(random.nextInt(MODELS.size()));
      CompensationTerms terms = terms(model, random);
      PeriodResults results = results(random);
      String described = "case " + generated + ": " + model.id() + ", " + terms + ", " + results;

      Payout payout = model.payoutFor(terms, results);

      Money sum =
          payout.lines().stream().map(PayoutLine::amount).reduce(Money.zero(EUR), Money::plus);
      softly.assertThat(sum).as(described).isEqualTo(payout.amount());
      if (terms.floor() != null) {
        softly.assertThat(payout.amount()).as(described).isGreaterThanOrEqualTo(terms.floor());
      }
      if (terms.cap() != null) {
        softly.assertThat(payout.amount()).as(described).isLessThanOrEqualTo(terms.cap());
      }
      for (PayoutLine line : payout.lines()) {
        if (line.kind() == PayoutLine.Kind.TIER) {
          softly
              .assertThat(line.amount())
              .as(described)
              .isEqualTo(new Money(line.quantity().multiply(line.rate()), EUR));
        }
        if (line.kind() == PayoutLine.Kind.SHARE) {
          softly
              .assertThat(line.amount())
              .as(described)
              .isEqualTo(
                  new Money(
                      line.quantity().multiply(line.rate()).divide(BigDecimal.valueOf(100)), EUR));
        }
      }
    }
    softly.assertAll();
  }

  private static CompensationTerms terms(CompensationModel model, Random random) {
    ReportedMetric paid =
        switch (model.id()) {
          case PerLead.ID -> ReportedMetric.LEADS_CREATED;
          case PerClosedDeal.ID -> ReportedMetric.DEALS_CLOSED;
          case RevenueShare.ID -> ReportedMetric.REVENUE;
          default -> ReportedMetric.MEETINGS_BOOKED;
        };
    List<Tier> tiers = new ArrayList<>();
    int from = 0;
    for (int i = 1 + random.nextInt(4); i > 0; i--) {
      tiers.add(new Tier(BigDecimal.valueOf(from), amount(random, 200_000)));
      from += 1 + random.nextInt(500);
    }
    Money floor = maybe(random);
    Money cap = maybe(random);
    if (floor != null && cap != null && floor.compareTo(cap) > 0) {
      Money lower = cap;
      cap = floor;
      floor = lower;
    }
    return new CompensationTerms(
        model.id(),
        EUR,
        paid,
        tiers,
        maybe(random),
        maybe(random),
        random.nextInt(10) < 7 ? BigDecimal.valueOf(random.nextInt(1000)) : null,
        floor,
        cap,
        "A meeting with a decision maker who has a budget",
        Map.of());
  }

  private static PeriodResults results(Random random) {
    Map<String, BigDecimal> values = new HashMap<>();
    for (ReportedMetric metric : ReportedMetric.values()) {
      if (random.nextInt(10) < 8) {
        values.put(
            metric.id(),
            metric == ReportedMetric.REVENUE
                ? amount(random, 1_000_000_000)
                : BigDecimal.valueOf(random.nextInt(5000)));
      }
    }
    return new PeriodResults(values);
  }

  /** An amount with two decimals below {@code cents} cents. */
  private static BigDecimal amount(Random random, int cents) {
    return BigDecimal.valueOf(random.nextInt(cents), 2);
  }

  private static Money maybe(Random random) {
    return random.nextInt(10) < 6 ? new Money(amount(random, 10_000_000), EUR) : null;
  }
}
