package io.outsight.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.outsight.core.compensation.PerLead;
import io.outsight.core.contract.Contract;
import io.outsight.core.contract.TermSheets;
import io.outsight.core.metric.MetricCatalogue;
import io.outsight.core.metric.ReportedMetrics;
import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.metric.PeriodResults;
import io.outsight.extension.api.money.Money;
import io.outsight.extension.api.report.ContractReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortfolioDashboardTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 20);

  private static ReportInput input(String reference, Map<Period, PeriodResults> results) {
    Contract contract = TermSheets.active(reference);
    return new ReportInput(
        contract,
        reference + " Oy",
        new PerLead(),
        new MetricCatalogue(List.of(new ReportedMetrics.LeadsCreated())),
        Period.month(2026, 4),
        Period.month(2026, 6),
        results,
        null,
        null,
        null,
        TODAY,
        3);
  }

  private static PeriodResults leads(int leads) {
    return new PeriodResults(Map.of("leads-created", BigDecimal.valueOf(leads)));
  }

  @Test
  void theQuartersSpendTheAverageLatestAttainmentTheRedContractsAndTheMonths() {
    // per lead at 40 EUR; target 100 leads, amber from 80
    ReportInput slipping =
        input(
            "SLIP-1", Map.of(Period.month(2026, 4), leads(110), Period.month(2026, 5), leads(70)));
    ReportInput steady =
        input(
            "STEADY-1",
            Map.of(
                Period.month(2026, 4),
                leads(100),
                Period.month(2026, 5),
                leads(100),
                Period.month(2026, 6),
                leads(100)));

    PortfolioDashboard dashboard = PortfolioDashboard.of(List.of(slipping, steady), TODAY);

    assertThat(dashboard.runningContracts()).isEqualTo(2);
    // (110 + 70) x 40 = 7,200 and 300 x 40 = 12,000 in April to June
    assertThat(dashboard.quarter()).isEqualTo(Period.quarter(2026, 2));
    assertThat(dashboard.quarterSpend()).containsExactly(Money.of("19200", "EUR"));
    // latest with data: SLIP-1 in May at 70 %, STEADY-1 in June at 100 %
    assertThat(dashboard.averageAttainment()).isEqualByComparingTo("85.0");
    assertThat(dashboard.redContracts())
        .extracting(ContractReport::contractReference)
        .containsExactly("SLIP-1");
    assertThat(dashboard.months())
        .extracting(
            PortfolioDashboard.MonthFigures::month,
            month -> month.spend().values().iterator().next().intValue(),
            month -> month.leads() == null ? null : month.leads().intValue())
        .containsExactly(
            tuple(YearMonth.of(2026, 4), 8400, 210),
            tuple(YearMonth.of(2026, 5), 6800, 170),
            tuple(YearMonth.of(2026, 6), 4000, 100));
  }

  @Test
  void onTheFirstMonthOfAQuarterTheDashboardShowsTheQuarterBeforeComplete() {
    // January has not ended on its last day: the payouts known are those of October to December.
    assertThat(PortfolioDashboard.of(List.of(), LocalDate.of(2027, 1, 31)).quarter())
        .isEqualTo(Period.quarter(2026, 4));
    assertThat(PortfolioDashboard.of(List.of(), LocalDate.of(2027, 1, 1)).quarter())
        .isEqualTo(Period.quarter(2026, 4));
    // From 1 February January has ended: the new quarter, so far.
    assertThat(PortfolioDashboard.of(List.of(), LocalDate.of(2027, 2, 1)).quarter())
        .isEqualTo(Period.quarter(2027, 1));
    assertThat(PortfolioDashboard.of(List.of(), LocalDate.of(2028, 2, 29)).quarter())
        .isEqualTo(Period.quarter(2028, 1));
    assertThat(PortfolioDashboard.of(List.of(), LocalDate.of(2026, 12, 31)).quarter())
        .isEqualTo(Period.quarter(2026, 4));
    assertThat(PortfolioDashboard.of(List.of(), LocalDate.of(2026, 11, 30)).quarter())
        .isEqualTo(Period.quarter(2026, 4));
  }

  @Test
  void withoutRunningContractsThereIsNothingToAverage() {
    PortfolioDashboard empty = PortfolioDashboard.of(List.of(), TODAY);

    assertThat(empty.averageAttainment()).isNull();
    assertThat(empty.quarterSpend()).isEmpty();
    assertThat(empty.months()).isEmpty();
  }
}
