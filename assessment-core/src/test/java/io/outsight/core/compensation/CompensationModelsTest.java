package io.outsight.core.compensation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.outsight.extension.api.compensation.CompensationTerms;
import io.outsight.extension.api.compensation.Payout;
import io.outsight.extension.api.compensation.PayoutLine;
import io.outsight.extension.api.compensation.Tier;
import io.outsight.extension.api.metric.PeriodResults;
import io.outsight.extension.api.metric.ReportedMetric;
import io.outsight.extension.api.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompensationModelsTest {

  private static final Currency EUR = Currency.getInstance("EUR");

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  private static CompensationTerms terms(
      String model, ReportedMetric metric, List<Tier> tiers, Money floor, Money cap) {
    return new CompensationTerms(
        model,
        EUR,
        metric,
        tiers,
        null,
        null,
        null,
        floor,
        cap,
        "Decision maker met, budget confirmed",
        Map.of());
  }

  private static Tier tier(String from, String rate) {
    return new Tier(new BigDecimal(from), new BigDecimal(rate));
  }

  private static PeriodResults results(Object... metricAndValue) {
    Map<String, BigDecimal> values = new HashMap<>();
    for (int i = 0; i < metricAndValue.length; i += 2) {
      values.put(
          ((ReportedMetric) metricAndValue[i]).id(),
          new BigDecimal(metricAndValue[i + 1].toString()));
    }
    return new PeriodResults(values);
  }

  private static final List<Tier> DEAL_TIERS = List.of(tier("0", "500"), tier("10", "750"));

  @Test
  void graduatedTiersPayEachBandAtItsOwnRate() {
    Payout payout =
        new PerClosedDeal()
            .payoutFor(
                terms(PerClosedDeal.ID, ReportedMetric.DEALS_CLOSED, DEAL_TIERS, null, null),
                results(ReportedMetric.DEALS_CLOSED, 14));

    // 10 x 500 + 4 x 750 = 5,000 + 3,000 = 8,000
    assertThat(payout.amount()).isEqualTo(eur("8000"));
    assertThat(payout.lines())
        .extracting(PayoutLine::kind, PayoutLine::quantity, PayoutLine::rate, PayoutLine::amount)
        .containsExactly(
            tuple(PayoutLine.Kind.TIER, new BigDecimal("10"), new BigDecimal("500"), eur("5000")),
            tuple(PayoutLine.Kind.TIER, new BigDecimal("4"), new BigDecimal("750"), eur("3000")));
  }

  @Test
  void theCapLimitsAndTheFloorRaisesThePeriodsPayout() {
    PeriodResults fourteenDeals = results(ReportedMetric.DEALS_CLOSED, 14);

    assertThat(
            new PerClosedDeal()
                .payoutFor(
                    terms(
                        PerClosedDeal.ID,
                        ReportedMetric.DEALS_CLOSED,
                        DEAL_TIERS,
                        null,
                        eur("7000")),
                    fourteenDeals)
                .amount())
        .isEqualTo(eur("7000"));
    assertThat(
            new PerClosedDeal()
                .payoutFor(
                    terms(
                        PerClosedDeal.ID,
                        ReportedMetric.DEALS_CLOSED,
                        DEAL_TIERS,
                        eur("9000"),
                        null),
                    fourteenDeals)
                .amount())
        .isEqualTo(eur("9000"));
    assertThatThrownBy(
            () ->
                terms(
                    PerClosedDeal.ID,
                    ReportedMetric.DEALS_CLOSED,
                    DEAL_TIERS,
                    eur("9000"),
                    eur("7000")))
        .hasMessageContaining("above the cap");
  }

  @Test
  void leadsReturnedWithinTheDisputeWindowAreNotPaid() {
    Payout payout =
        new PerLead()
            .payoutFor(
                terms(
                    PerLead.ID, ReportedMetric.LEADS_CREATED, List.of(tier("0", "40")), null, null),
                results(ReportedMetric.LEADS_CREATED, 120, ReportedMetric.LEADS_RETURNED, 15));

    // (120 - 15) x 40 = 4,200
    assertThat(payout.amount()).isEqualTo(eur("4200"));
    assertThat(payout.lines())
        .extracting(PayoutLine::kind, PayoutLine::quantity, PayoutLine::amount)
        .containsExactly(
            tuple(PayoutLine.Kind.NOT_PAID, new BigDecimal("15"), eur("0")),
            tuple(PayoutLine.Kind.TIER, new BigDecimal("105"), eur("4200")));
  }

  @Test
  void qualifiedLeadsAndMeetingsArePaidByAWrittenDefinition() {
    PerQualifiedLead model = new PerQualifiedLead();

    // 12 meetings x 150 = 1,800
    assertThat(
            model
                .payoutFor(
                    terms(
                        PerQualifiedLead.ID,
                        ReportedMetric.MEETINGS_BOOKED,
                        List.of(tier("0", "150")),
                        null,
                        null),
                    results(ReportedMetric.MEETINGS_BOOKED, 12))
                .amount())
        .isEqualTo(eur("1800"));
    CompensationTerms undefined =
        new CompensationTerms(
            PerQualifiedLead.ID,
            EUR,
            ReportedMetric.MEETINGS_BOOKED,
            List.of(tier("0", "150")),
            null,
            null,
            null,
            null,
            null,
            " ",
            Map.of());
    assertThatThrownBy(
            () -> model.payoutFor(undefined, results(ReportedMetric.MEETINGS_BOOKED, 12)))
        .hasMessageContaining("written qualification definition");
    assertThatThrownBy(
            () ->
                model.payoutFor(
                    terms(PerQualifiedLead.ID, ReportedMetric.REVENUE, List.of(), null, null),
                    results()))
        .hasMessageContaining("not REVENUE");
  }

  @Test
  void revenueShareTiersAreRevenueBandsWithTheirPercentages() {
    Payout payout =
        new RevenueShare()
            .payoutFor(
                terms(
                    RevenueShare.ID,
                    ReportedMetric.REVENUE,
                    List.of(tier("0", "5"), tier("100000", "3")),
                    null,
                    null),
                results(ReportedMetric.REVENUE, 150000));

    // 100,000 x 5 % + 50,000 x 3 % = 5,000 + 1,500 = 6,500
    assertThat(payout.amount()).isEqualTo(eur("6500"));
  }

  @Test
  void theBonusIsPaidOnlyInAPeriodThatReachesTheTarget() {
    CompensationTerms terms =
        new CompensationTerms(
            RetainerPlusBonus.ID,
            EUR,
            ReportedMetric.MEETINGS_BOOKED,
            List.of(),
            eur("3000"),
            eur("2000"),
            BigDecimal.TEN,
            null,
            null,
            null,
            Map.of());
    RetainerPlusBonus model = new RetainerPlusBonus();

    // 3,000 retainer + 2,000 bonus for 12 meetings against a target of 10; 9 meetings: retainer
    // only
    assertThat(model.payoutFor(terms, results(ReportedMetric.MEETINGS_BOOKED, 12)).amount())
        .isEqualTo(eur("5000"));
    assertThat(model.payoutFor(terms, results(ReportedMetric.MEETINGS_BOOKED, 9)).amount())
        .isEqualTo(eur("3000"));
  }

  @Test
  void aPeriodWithoutDataIsNoDataNotZeroResults() {
    Payout payout =
        new PerClosedDeal()
            .payoutFor(
                terms(PerClosedDeal.ID, ReportedMetric.DEALS_CLOSED, DEAL_TIERS, eur("1000"), null),
                results());

    assertThat(payout.lines())
        .extracting(PayoutLine::kind, PayoutLine::metric, PayoutLine::amount)
        .containsExactly(
            tuple(PayoutLine.Kind.NO_DATA, ReportedMetric.DEALS_CLOSED, eur("0")),
            tuple(PayoutLine.Kind.FLOOR, null, eur("1000")));
    assertThat(payout.amount()).isEqualTo(eur("1000"));
    assertThatThrownBy(() -> results(ReportedMetric.LEADS_CREATED, -1))
        .hasMessageContaining("cannot be negative");
  }
}
