package io.outsight.core.report;

import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.metric.PeriodResults;
import io.outsight.extension.api.metric.ReportedMetric;
import io.outsight.extension.api.money.Money;
import io.outsight.extension.api.report.ContractReport;
import io.outsight.extension.api.report.KpiStatus;
import io.outsight.extension.api.report.MetricLine;
import io.outsight.extension.api.report.MetricPeriod;
import io.outsight.extension.api.report.PeriodSpend;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The portfolio at a glance, from the reports of the running contracts over their recent periods:
 * what they cost in the latest quarter, how well they meet their targets, which are red, and month
 * by month what was spent against what came in.
 *
 * @param quarter the quarter of the last month that has ended: on the first month of a quarter,
 *     when none of its periods has ended yet and so none has a payout, the quarter before, complete
 * @param quarterSpend the spend of that quarter's periods, one amount per currency
 * @param averageAttainment the mean of every target's latest attainment, in per cent; null when
 *     none has data
 * @param redContracts the contracts whose latest period with data has a target in red
 * @param months spend, leads and deals per calendar month, oldest first
 */
public record PortfolioDashboard(
    int runningContracts,
    Period quarter,
    List<Money> quarterSpend,
    BigDecimal averageAttainment,
    List<ContractReport> redContracts,
    List<MonthFigures> months)
    implements Serializable {

  /**
   * One calendar month across the portfolio; a quarter's spend and results count in its first
   * month. Leads and deals are null when no contract reported them that month: no data, not zero.
   */
  public record MonthFigures(
      YearMonth month, Map<Currency, BigDecimal> spend, BigDecimal leads, BigDecimal deals)
      implements Serializable {}

  public PortfolioDashboard {
    quarterSpend = List.copyOf(quarterSpend);
    redContracts = List.copyOf(redContracts);
    months = List.copyOf(months);
  }

  /** The dashboard of the running contracts whose report inputs these are, as of {@code today}. */
  public static PortfolioDashboard of(List<ReportInput> inputs, LocalDate today) {
    Period quarter = Period.containing(today.withDayOfMonth(1).minusDays(1), 3);
    List<ContractReport> reports = new ArrayList<>();
    Map<Currency, Money> quarterSpend =
        new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
    Map<YearMonth, MonthFigures> months = new TreeMap<>();
    List<BigDecimal> attainments = new ArrayList<>();
    List<ContractReport> red = new ArrayList<>();
    for (ReportInput input : inputs) {
      ContractReport report = ContractReports.of(input);
      reports.add(report);
      for (PeriodSpend spend : report.spend()) {
        if (!spend.period().firstDay().isBefore(quarter.firstDay())
            && !spend.period().lastDay().isAfter(quarter.lastDay())) {
          quarterSpend.merge(spend.total().currency(), spend.total(), Money::plus);
        }
        PeriodResults results = input.results().getOrDefault(spend.period(), PeriodResults.NONE);
        months.merge(
            spend.period().firstMonth(),
            new MonthFigures(
                spend.period().firstMonth(),
                Map.of(spend.total().currency(), spend.total().amount()),
                results.value(ReportedMetric.LEADS_CREATED).orElse(null),
                results.value(ReportedMetric.DEALS_CLOSED).orElse(null)),
            PortfolioDashboard::sum);
      }
      boolean anyRed = false;
      for (MetricLine line : report.metrics()) {
        Optional<MetricPeriod> latest =
            line.periods().stream()
                .filter(period -> period.status() != KpiStatus.NO_DATA)
                .reduce((earlier, later) -> later);
        latest.map(MetricPeriod::attainment).filter(Objects::nonNull).ifPresent(attainments::add);
        anyRed |= latest.filter(period -> period.status() == KpiStatus.RED).isPresent();
      }
      if (anyRed) {
        red.add(report);
      }
    }
    BigDecimal average =
        attainments.isEmpty()
            ? null
            : attainments.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(attainments.size()), 1, RoundingMode.HALF_UP);
    return new PortfolioDashboard(
        reports.size(),
        quarter,
        List.copyOf(quarterSpend.values()),
        average,
        red,
        List.copyOf(months.values()));
  }

  private static MonthFigures sum(MonthFigures a, MonthFigures b) {
    Map<Currency, BigDecimal> spend =
        new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
    spend.putAll(a.spend());
    b.spend().forEach((currency, amount) -> spend.merge(currency, amount, BigDecimal::add));
    return new MonthFigures(
        a.month(), spend, plus(a.leads(), b.leads()), plus(a.deals(), b.deals()));
  }

  private static BigDecimal plus(BigDecimal a, BigDecimal b) {
    return a == null ? b : b == null ? a : a.add(b);
  }
}
