package io.outsight.core.report;

import io.outsight.core.compensation.PerLead;
import io.outsight.core.contract.Contract;
import io.outsight.core.contract.ContractStatus;
import io.outsight.core.contract.KpiTarget;
import io.outsight.core.contract.TermSheet;
import io.outsight.core.contract.TermSheets;
import io.outsight.core.metric.DerivedMetrics;
import io.outsight.core.metric.MetricCatalogue;
import io.outsight.core.metric.ReportedMetrics;
import io.outsight.extension.api.metric.MetricDefinition;
import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.metric.PeriodResults;
import io.outsight.extension.api.money.Money;
import io.outsight.extension.api.report.ContractReport;
import io.outsight.extension.api.report.KpiDirection;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One contract report over 36 monthly periods with 10 targeted metrics (issue 4: at most 20 ms
 * warm). The baseline reads the same results and sums them: the floor any report stands on.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ContractReportBenchmark {

  private static final List<MetricDefinition> METRICS =
      List.of(
          new ReportedMetrics.LeadsCreated(),
          new ReportedMetrics.QualifiedLeads(),
          new ReportedMetrics.MeetingsBooked(),
          new ReportedMetrics.DealsClosed(),
          new ReportedMetrics.Revenue(),
          new ReportedMetrics.LeadsReturned(),
          new DerivedMetrics.LeadToDeal(),
          new DerivedMetrics.CostPerLead(),
          new DerivedMetrics.CostPerAcquisition(),
          new DerivedMetrics.ReturnOnInvestment());

  private ReportInput input;

  @Setup
  public void threeYearsOfTenMetrics() {
    TermSheet terms = TermSheets.leadGeneration("BENCH-1");
    terms.setStart(LocalDate.of(2023, 1, 1));
    terms.setEnd(LocalDate.of(2025, 12, 31));
    terms.setSetupFee(new BigDecimal("1500"));
    List<KpiTarget> targets = new ArrayList<>();
    for (MetricDefinition metric : METRICS) {
      KpiDirection direction =
          metric.lowerIsBetter() ? KpiDirection.LOWER_IS_BETTER : KpiDirection.HIGHER_IS_BETTER;
      BigDecimal target = BigDecimal.valueOf(metric.lowerIsBetter() ? 60 : 100);
      targets.add(
          new KpiTarget(
              metric.id(),
              direction,
              target,
              target,
              metric.lowerIsBetter()
                  ? target.add(BigDecimal.TEN)
                  : target.subtract(BigDecimal.TEN)));
    }
    terms.setKpis(targets);
    Contract contract =
        Contract.draft(1L, terms, "benchmark", Instant.parse("2023-01-01T00:00:00Z"));
    contract.moveTo(ContractStatus.ACTIVE, null, LocalDate.of(2023, 1, 1));
    Map<Period, PeriodResults> results = new HashMap<>();
    for (int month = 0; month < 36; month++) {
      int leads = 100 + (month * 7) % 40;
      results.put(
          Period.month(2023 + month / 12, month % 12 + 1),
          new PeriodResults(
              Map.of(
                  "leads-created",
                  BigDecimal.valueOf(leads),
                  "qualified-leads",
                  BigDecimal.valueOf(leads / 3),
                  "meetings-booked",
                  BigDecimal.valueOf(leads / 5),
                  "deals-closed",
                  BigDecimal.valueOf(leads / 20),
                  "revenue",
                  BigDecimal.valueOf(leads * 180L),
                  "leads-returned",
                  BigDecimal.valueOf(month % 4))));
    }
    input =
        new ReportInput(
            contract,
            "Benchmark Oy",
            new PerLead(),
            new MetricCatalogue(METRICS),
            Period.month(2023, 1),
            Period.month(2025, 12),
            results,
            results.get(Period.month(2023, 1)),
            results.get(Period.month(2023, 2)),
            Money.of("4000", "EUR"),
            LocalDate.of(2026, 1, 20),
            3);
  }

  @Benchmark
  public ContractReport report() {
    return ContractReports.of(input);
  }

  @Benchmark
  public BigDecimal baselineSumOfTheResults() {
    BigDecimal sum = BigDecimal.ZERO;
    for (PeriodResults period : input.results().values()) {
      for (BigDecimal value : period.values().values()) {
        sum = sum.add(value);
      }
    }
    return sum;
  }
}
