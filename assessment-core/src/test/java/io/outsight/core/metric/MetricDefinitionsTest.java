package io.outsight.core.metric;

import static org.assertj.core.api.Assertions.assertThat;

import io.outsight.extension.api.metric.MetricDefinition;
import io.outsight.extension.api.metric.PeriodOutcome;
import io.outsight.extension.api.metric.PeriodResults;
import io.outsight.extension.api.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricDefinitionsTest {

  private static final PeriodOutcome OCTOBER =
      new PeriodOutcome(
          new PeriodResults(
              Map.of(
                  "leads-created",
                  new BigDecimal("200"),
                  "leads-returned",
                  new BigDecimal("40"),
                  "qualified-leads",
                  new BigDecimal("50"),
                  "meetings-booked",
                  new BigDecimal("30"),
                  "deals-closed",
                  new BigDecimal("6"),
                  "revenue",
                  new BigDecimal("48000"))),
          Money.of("8000", "EUR"));

  private static BigDecimal valueOf(MetricDefinition metric, PeriodOutcome outcome) {
    return metric.valueIn(outcome).orElseThrow();
  }

  @Test
  void derivedMetricsAreComputedFromTheReportedResultsAndTheSpend() {
    // 50 / 200 = 25 %; 6 / 200 = 3 %; 6 / 30 = 20 %
    assertThat(valueOf(new DerivedMetrics.LeadToQualified(), OCTOBER)).isEqualByComparingTo("25");
    assertThat(valueOf(new DerivedMetrics.LeadToDeal(), OCTOBER)).isEqualByComparingTo("3");
    assertThat(valueOf(new DerivedMetrics.MeetingToDeal(), OCTOBER)).isEqualByComparingTo("20");
    // 8,000 / (200 - 40 returned) = 50.00 per lead kept
    assertThat(valueOf(new DerivedMetrics.CostPerLead(), OCTOBER)).isEqualByComparingTo("50.00");
    // 8,000 / 6 = 1,333.33 per deal
    assertThat(valueOf(new DerivedMetrics.CostPerAcquisition(), OCTOBER))
        .isEqualByComparingTo("1333.33");
    // (48,000 - 8,000) / 8,000 = 500 %
    assertThat(valueOf(new DerivedMetrics.ReturnOnInvestment(), OCTOBER))
        .isEqualByComparingTo("500");
  }

  @Test
  void aPeriodWithoutTheDataAMetricNeedsIsNoDataNeverZeroOrPerfect() {
    PeriodOutcome nothing = new PeriodOutcome(PeriodResults.NONE, Money.of("3000", "EUR"));
    PeriodOutcome noDeals =
        new PeriodOutcome(
            new PeriodResults(
                Map.of("deals-closed", BigDecimal.ZERO, "leads-created", BigDecimal.TEN)),
            null);

    for (MetricDefinition metric :
        List.of(
            new ReportedMetrics.LeadsCreated(),
            new DerivedMetrics.LeadToQualified(),
            new DerivedMetrics.CostPerLead(),
            new DerivedMetrics.CostPerAcquisition(),
            new DerivedMetrics.ReturnOnInvestment())) {
      assertThat(metric.valueIn(nothing)).as(metric.id()).isEmpty();
    }
    assertThat(new DerivedMetrics.MeetingToDeal().valueIn(noDeals)).isEmpty();
    assertThat(new DerivedMetrics.CostPerAcquisition().valueIn(noDeals))
        .as("spend unknown, and no deal to divide by")
        .isEmpty();
    assertThat(new DerivedMetrics.LeadToDeal().valueIn(noDeals)).contains(new BigDecimal("0.00"));
  }

  @Test
  void theCatalogueFindsAMetricHoweverASpreadsheetSpellsItAndListsTheFunnelInOrder() {
    MetricCatalogue catalogue =
        new MetricCatalogue(
            List.of(
                new DerivedMetrics.CostPerLead(),
                new ReportedMetrics.Revenue(),
                new ReportedMetrics.LeadsCreated(),
                new ReportedMetrics.DealsClosed()));

    assertThat(catalogue.find("Leads_Created")).map(MetricDefinition::id).contains("leads-created");
    assertThat(catalogue.find(" liidit ")).map(MetricDefinition::id).contains("leads-created");
    assertThat(catalogue.find("Cost per lead")).map(MetricDefinition::id).contains("cost-per-lead");
    assertThat(catalogue.find("smiles")).isEmpty();
    assertThat(catalogue.all())
        .extracting(MetricDefinition::id)
        .containsExactly("leads-created", "deals-closed", "revenue", "cost-per-lead");
    assertThat(catalogue.reported())
        .extracting(MetricDefinition::id)
        .containsExactly("leads-created", "deals-closed", "revenue");
    assertThat(new DerivedMetrics.CostPerLead().lowerIsBetter()).isTrue();
    assertThat(new DerivedMetrics.ReturnOnInvestment().lowerIsBetter()).isFalse();
  }
}
