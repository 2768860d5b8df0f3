package io.outsight.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.outsight.core.compensation.PerLead;
import io.outsight.core.contract.Contract;
import io.outsight.core.contract.ContractStatus;
import io.outsight.core.contract.KpiTarget;
import io.outsight.core.contract.TermSheet;
import io.outsight.core.contract.TermSheets;
import io.outsight.core.metric.DerivedMetrics;
import io.outsight.core.metric.MetricCatalogue;
import io.outsight.core.metric.ReportedMetrics;
import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.metric.PeriodResults;
import io.outsight.extension.api.money.Money;
import io.outsight.extension.api.report.ContractReport;
import io.outsight.extension.api.report.KpiDirection;
import io.outsight.extension.api.report.KpiStatus;
import io.outsight.extension.api.report.MetricLine;
import io.outsight.extension.api.report.MetricPeriod;
import io.outsight.extension.api.report.Recommendation;
import io.outsight.extension.api.report.Recommendation.Verdict;
import io.outsight.extension.api.report.Trend;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContractReportsTest {

  private static final MetricCatalogue METRICS =
      new MetricCatalogue(
          List.of(
              new ReportedMetrics.LeadsCreated(),
              new ReportedMetrics.LeadsReturned(),
              new ReportedMetrics.DealsClosed(),
              new ReportedMetrics.Revenue(),
              new DerivedMetrics.CostPerLead()));

  private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

  /**
   * Per lead at 40 EUR, a 500 EUR set-up fee; targets: 100 leads (amber from 80) and a cost per
   * lead of 50 (amber to 60).
   */
  private static Contract contract(boolean dataOwned, boolean exitPlan) {
    TermSheet terms = TermSheets.leadGeneration("ACME-1");
    terms.setSetupFee(new BigDecimal("500"));
    terms.setKpis(
        new ArrayList<>(
            List.of(
                new KpiTarget(
                    "leads-created",
                    KpiDirection.HIGHER_IS_BETTER,
                    new BigDecimal("100"),
                    new BigDecimal("100"),
                    new BigDecimal("80")),
                new KpiTarget(
                    "cost-per-lead",
                    KpiDirection.LOWER_IS_BETTER,
                    new BigDecimal("50"),
                    new BigDecimal("50"),
                    new BigDecimal("60")))));
    terms.getClauses().setWeOwnLeads(dataOwned);
    terms.getClauses().setNoReuseForOthers(dataOwned);
    terms.getClauses().setReturnAndDeleteAtExit(dataOwned);
    terms.setExitPlan(exitPlan);
    Contract contract =
        Contract.draft(7L, terms, "procurement", Instant.parse("2026-01-01T08:00:00Z"));
    contract.moveTo(ContractStatus.ACTIVE, null, TODAY);
    return contract;
  }

  private static PeriodResults results(String... metricAndValue) {
    Map<String, BigDecimal> values = new HashMap<>();
    for (int i = 0; i < metricAndValue.length; i += 2) {
      values.put(metricAndValue[i], new BigDecimal(metricAndValue[i + 1]));
    }
    return new PeriodResults(values);
  }

  private static ContractReport report(
      Contract contract,
      Map<Period, PeriodResults> results,
      String inHouseMonthly,
      PeriodResults vendor,
      PeriodResults portfolio) {
    return report(contract, results, inHouseMonthly, vendor, portfolio, 3);
  }

  private static ContractReport report(
      Contract contract,
      Map<Period, PeriodResults> results,
      String inHouseMonthly,
      PeriodResults vendor,
      PeriodResults portfolio,
      int minimumPeriods) {
    return ContractReports.of(
        new ReportInput(
            contract,
            "Acme Leads Oy",
            new PerLead(),
            METRICS,
            Period.month(2026, 1),
            Period.month(2026, 4),
            results,
            vendor,
            portfolio,
            inHouseMonthly == null ? null : Money.of(inHouseMonthly, "EUR"),
            TODAY,
            minimumPeriods));
  }

  private static final Map<Period, PeriodResults> SLIPPING =
      Map.of(
          Period.month(2026, 1), results("leads-created", "110", "leads-returned", "10"),
          Period.month(2026, 2), results("leads-created", "90"),
          Period.month(2026, 4), results("leads-created", "70"));

  @Test
  void actualsAgainstTargetsWithAttainmentLightsAndTrendsAndNoDataAsSuch() {
    ContractReport report =
        report(
            contract(true, true),
            SLIPPING,
            "3000",
            results("leads-created", "270"),
            results("leads-created", "600"));

    MetricLine leads = report.metrics().get(0);
    assertThat(leads.periods())
        .extracting(MetricPeriod::actual, MetricPeriod::attainment, MetricPeriod::status)
        .containsExactly(
            tuple(new BigDecimal("110"), new BigDecimal("110.0"), KpiStatus.GREEN),
            tuple(new BigDecimal("90"), new BigDecimal("90.0"), KpiStatus.AMBER),
            tuple(null, null, KpiStatus.NO_DATA),
            tuple(new BigDecimal("70"), new BigDecimal("70.0"), KpiStatus.RED));
    // last three periods with data: 110, 90, 70: down 36 %, and more is better
    assertThat(leads.trend()).isEqualTo(Trend.WORSENING);

    MetricLine costPerLead = report.metrics().get(1);
    // January: (110 - 10) x 40 = 4,000 paid + 500 set-up = 4,500 over 100 leads kept = 45.00;
    // attainment 50 / 45 = 111.1 %
    // February: 90 x 40 = 3,600 over 90 = 40.00; April: 70 x 40 = 2,800 over 70 = 40.00; 45 to 40
    // is 11 % lower: improving
    assertThat(costPerLead.periods())
        .extracting(MetricPeriod::actual, MetricPeriod::attainment, MetricPeriod::status)
        .containsExactly(
            tuple(new BigDecimal("45.00"), new BigDecimal("111.1"), KpiStatus.GREEN),
            tuple(new BigDecimal("40.00"), new BigDecimal("125.0"), KpiStatus.GREEN),
            tuple(null, null, KpiStatus.NO_DATA),
            tuple(new BigDecimal("40.00"), new BigDecimal("125.0"), KpiStatus.GREEN));
    assertThat(costPerLead.trend()).isEqualTo(Trend.IMPROVING);
  }

  @Test
  void spendCostPerOutcomeReturnInHouseLateReportsAndConcentration() {
    ContractReport report =
        report(
            contract(true, true),
            SLIPPING,
            "3000",
            results("leads-created", "270"),
            results("leads-created", "600"));

    assertThat(report.spend())
        .extracting(spend -> spend.total().amount().intValue())
        .containsExactly(4500, 3600, 0, 2800);
    assertThat(report.spend().get(0).oneTimeFees()).isEqualTo(Money.of("500", "EUR"));
    // 4,500 + 3,600 + 0 + 2,800 = 10,900 over (110 + 90 + 70 - 10) = 260 leads kept = 41.92
    assertThat(report.totalSpend()).isEqualTo(Money.of("10900", "EUR"));
    assertThat(report.costPerLead()).isEqualTo(Money.of("41.92", "EUR"));
    assertThat(report.costPerDeal()).as("no deals reported: no figure, not zero").isNull();
    assertThat(report.roi()).as("no revenue reported").isNull();
    // 3,000 a month in-house for four months
    assertThat(report.inHouseCost()).isEqualTo(Money.of("12000", "EUR"));
    // March was due on 10 April and never came
    assertThat(report.lateReports()).containsExactly(Period.month(2026, 3));
    // 270 of 600 outsourced leads
    assertThat(report.concentration().leads()).isEqualByComparingTo("45.0");
    assertThat(report.concentration().deals()).isNull();
    assertThat(report.clauses().dataOwned()).isTrue();
  }

  @Test
  void aTargetMissedInTheLastPeriodAndAWorseningTrendCallForRenegotiation() {
    Recommendation recommendation =
        report(contract(true, true), SLIPPING, "3000", null, null).recommendation();

    assertThat(recommendation.verdict()).isEqualTo(Verdict.RENEGOTIATE);
    assertThat(recommendation.reasons())
        .extracting(Recommendation.Reason::code, Recommendation.Reason::arguments)
        .containsExactly(
            tuple("below-target", List.of("leads-created", "2026-04", "RED")),
            tuple("worsening", List.of("leads-created")));
  }

  @Test
  void aTargetRedThreePeriodsRunningOrALossDearerThanInHouseCallForAnExit() {
    Map<Period, PeriodResults> failing =
        Map.of(
            Period.month(2026, 2), results("leads-created", "60", "revenue", "1000"),
            Period.month(2026, 3), results("leads-created", "50", "revenue", "1000"),
            Period.month(2026, 4), results("leads-created", "40", "revenue", "1000"));

    Recommendation recommendation =
        report(contract(true, true), failing, "1000", null, null).recommendation();

    // spend 500 + (60 + 50 + 40) x 40 = 6,500 against 3,000 revenue: ROI -53.85 %; in-house 4 x
    // 1,000 = 4,000
    assertThat(recommendation.verdict()).isEqualTo(Verdict.EXIT_OR_INSOURCE);
    assertThat(recommendation.reasons())
        .extracting(Recommendation.Reason::code)
        .containsExactly("red-streak", "worsening", "losing-and-dearer");
    assertThat(recommendation.reasons().get(2).arguments())
        .containsExactly("-53.85", "6500.00 EUR", "4000.00 EUR");
  }

  @Test
  void aDependenceWithoutAnExitPlanAndDataWeDoNotOwnAreReasonsToRenegotiateEvenOnTarget() {
    Map<Period, PeriodResults> onTarget =
        Map.of(
            Period.month(2026, 1),
            results("leads-created", "120"),
            Period.month(2026, 2),
            results("leads-created", "120"),
            Period.month(2026, 3),
            results("leads-created", "120"),
            Period.month(2026, 4),
            results("leads-created", "120"));

    // 480 of the channel's 600 of revenue, ours included: 80 %, beyond 30 %
    Recommendation risky =
        report(
                contract(false, false),
                onTarget,
                null,
                results("revenue", "480"),
                results("revenue", "600"))
            .recommendation();
    Contract reviewed = contract(true, true);
    TermSheet withReview = reviewed.sheet();
    withReview.setExitPlanReviewedOn(TODAY.minusMonths(12));
    reviewed.amend(withReview, false);
    Recommendation safe =
        report(reviewed, onTarget, "5000", results("revenue", "480"), results("revenue", "600"))
            .recommendation();
    // an exit plan last reviewed a year and a day ago is not reviewed in time
    withReview.setExitPlanReviewedOn(TODAY.minusMonths(12).minusDays(1));
    reviewed.amend(withReview, false);
    assertThat(
            report(reviewed, onTarget, "5000", results("revenue", "480"), results("revenue", "600"))
                .recommendation()
                .reasons())
        .extracting(Recommendation.Reason::code)
        .contains("dependence-without-exit-plan");

    assertThat(risky.verdict()).isEqualTo(Verdict.RENEGOTIATE);
    assertThat(risky.reasons())
        .extracting(Recommendation.Reason::code, Recommendation.Reason::arguments)
        .containsExactly(
            tuple("dependence-without-exit-plan", List.of("80.0", "12")),
            tuple("data-not-owned", List.of()));
    // 500 + 4 x 120 x 40 = 19,700 against 4 x 5,000 = 20,000 in-house
    assertThat(safe.verdict()).isEqualTo(Verdict.CONTINUE);
    assertThat(safe.reasons())
        .extracting(Recommendation.Reason::code)
        .containsExactly("on-target", "cheaper-than-in-house");
  }

  @Test
  void resultsForFewerPeriodsThanTheMinimumAreInsufficientDataAndNeverContinue() {
    Map<Period, PeriodResults> fourOnTarget = new HashMap<>();
    for (int month = 1; month <= 4; month++) {
      fourOnTarget.put(Period.month(2026, month), results("leads-created", "120"));
    }
    PeriodResults vendor = results("leads-created", "480");
    PeriodResults portfolio = results("leads-created", "2000");

    Recommendation enough =
        report(contract(true, true), fourOnTarget, null, vendor, portfolio, 4).recommendation();
    Recommendation tooFew =
        report(contract(true, true), fourOnTarget, null, vendor, portfolio, 5).recommendation();

    assertThat(enough.verdict()).isEqualTo(Verdict.CONTINUE);
    assertThat(tooFew.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(tooFew.reasons())
        .extracting(Recommendation.Reason::code, Recommendation.Reason::arguments)
        .containsExactly(tuple("too-few-periods", List.of("4", "5")));
  }

  @Test
  void aContractWithoutTargetsIsInsufficientDataUnlessAReasonCallsForMore() {
    Map<Period, PeriodResults> reported = new HashMap<>();
    for (int month = 1; month <= 4; month++) {
      reported.put(Period.month(2026, month), results("leads-created", "120"));
    }

    Recommendation owned = report(untargeted(true), reported, null, null, null).recommendation();
    Recommendation notOwned =
        report(untargeted(false), reported, null, null, null).recommendation();

    assertThat(owned.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(owned.reasons())
        .extracting(Recommendation.Reason::code)
        .containsExactly("no-targets");
    assertThat(notOwned.verdict()).isEqualTo(Verdict.RENEGOTIATE);
    assertThat(notOwned.reasons())
        .extracting(Recommendation.Reason::code)
        .containsExactly("data-not-owned", "no-targets");
  }

  private static Contract untargeted(boolean dataOwned) {
    TermSheet terms = TermSheets.leadGeneration("ACME-2");
    terms.setKpis(new ArrayList<>());
    terms.setExitPlan(true);
    terms.getClauses().setWeOwnLeads(dataOwned);
    terms.getClauses().setNoReuseForOthers(dataOwned);
    terms.getClauses().setReturnAndDeleteAtExit(dataOwned);
    Contract contract =
        Contract.draft(7L, terms, "procurement", Instant.parse("2026-01-01T08:00:00Z"));
    contract.moveTo(ContractStatus.ACTIVE, null, TODAY);
    return contract;
  }

  @Test
  void periodsWithoutAnyResultAreNoGroundToContinue() {
    Recommendation recommendation =
        report(contract(true, true), Map.of(), "3000", null, null).recommendation();

    assertThat(recommendation.verdict()).isEqualTo(Verdict.RENEGOTIATE);
    assertThat(recommendation.reasons())
        .extracting(Recommendation.Reason::code)
        .contains("no-data")
        .doesNotContain("on-target");
  }

  @Test
  void attainmentOfACostTargetIsTheTargetOverTheActualAndNoneForAZeroCost() {
    KpiTarget cost =
        new KpiTarget(
            "cost-per-lead",
            KpiDirection.LOWER_IS_BETTER,
            new BigDecimal("50"),
            new BigDecimal("50"),
            new BigDecimal("60"));

    assertThat(ContractReports.attainment(cost, new BigDecimal("40")))
        .contains(new BigDecimal("125.0"));
    assertThat(ContractReports.attainment(cost, BigDecimal.ZERO)).isEmpty();
  }
}
