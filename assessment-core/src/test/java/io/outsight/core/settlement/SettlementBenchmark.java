package io.outsight.core.settlement;

import io.outsight.core.compensation.PerLead;
import io.outsight.core.contract.Contract;
import io.outsight.core.contract.ContractStatus;
import io.outsight.core.contract.TermSheet;
import io.outsight.core.contract.TermSheets;
import io.outsight.core.metric.MetricCatalogue;
import io.outsight.core.metric.ReportedMetrics;
import io.outsight.core.reconciliation.CrmFigures;
import io.outsight.core.report.ContractReports;
import io.outsight.core.report.ReportInput;
import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.metric.PeriodResults;
import io.outsight.extension.api.report.PeriodSpend;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * Settling one month for 10,000 contracts (issue 14, point 9): for each, the payout explained line
 * by line with its credited and late returns, the adjustment for the month before (settled, then
 * corrected), and the settlement's JSON snapshot and SHA-256. The baseline computes the same
 * payouts' amounts alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SettlementBenchmark {

  private static final int CONTRACTS = 10_000;
  private static final Period SETTLED = Period.month(2026, 9);
  private static final Period MONTH = Period.month(2026, 10);
  private static final Instant NOW = Instant.parse("2026-11-15T12:00:00Z");

  private final List<ReportInput> inputs = new ArrayList<>();

  @Setup
  public void contracts() {
    MetricCatalogue metrics =
        new MetricCatalogue(
            List.of(new ReportedMetrics.LeadsCreated(), new ReportedMetrics.LeadsReturned()));
    for (int i = 0; i < CONTRACTS; i++) {
      TermSheet terms = TermSheets.leadGeneration("BENCH-" + i);
      terms.setStart(LocalDate.of(2026, 9, 1));
      terms.setTiers(
          new ArrayList<>(
              List.of(
                  new TermSheet.Band(BigDecimal.ZERO, new BigDecimal("45")),
                  new TermSheet.Band(new BigDecimal("150"), new BigDecimal("35")))));
      terms.setCap(new BigDecimal("9000"));
      Contract contract = Contract.draft(7L, terms, "bench", NOW);
      contract.moveTo(ContractStatus.ACTIVE, null, LocalDate.of(2026, 9, 1));
      Map<Period, PeriodResults> september = Map.of(SETTLED, results(120 + i % 80, i % 7));
      PeriodSpend settled =
          new Settlement(
                  i,
                  contract.reference(),
                  ContractReports.spendOf(input(contract, metrics, september, Map.of()), SETTLED),
                  "bench",
                  NOW)
              .spend();
      // September corrected by a few leads after it was settled, October with its own returns
      inputs.add(
          input(
              contract,
              metrics,
              Map.of(SETTLED, results(125 + i % 80, i % 7), MONTH, results(140 + i % 90, i % 5)),
              Map.of(SETTLED, settled)));
    }
  }

  private static PeriodResults results(int leads, int returned) {
    return new PeriodResults(
        Map.of(
            "leads-created",
            BigDecimal.valueOf(leads),
            "leads-returned",
            BigDecimal.valueOf(returned)));
  }

  private static ReportInput input(
      Contract contract,
      MetricCatalogue metrics,
      Map<Period, PeriodResults> results,
      Map<Period, PeriodSpend> settled) {
    return new ReportInput(
        contract,
        "Bench Vendor",
        new PerLead(),
        metrics,
        SETTLED,
        MONTH,
        results,
        null,
        null,
        null,
        LocalDate.of(2026, 11, 15),
        3,
        new ReportInput.Settling(settled, Map.of(MONTH, BigDecimal.ONE)),
        CrmFigures.NONE,
        List.of(),
        null,
        null);
  }

  @Benchmark
  public int settleOneMonthOf10000Contracts() {
    int characters = 0;
    for (int i = 0; i < inputs.size(); i++) {
      ReportInput input = inputs.get(i);
      Settlement settlement =
          new Settlement(
              i,
              input.contract().reference(),
              ContractReports.spendOf(input, MONTH),
              "colleague",
              NOW);
      characters += settlement.digest().length();
    }
    return characters;
  }

  @Benchmark
  public BigDecimal baselinePayoutAmountsAlone() {
    BigDecimal total = BigDecimal.ZERO;
    for (ReportInput input : inputs) {
      total =
          total.add(
              input
                  .model()
                  .payoutFor(input.contract().compensation(), input.results().get(MONTH))
                  .amount()
                  .amount());
    }
    return total;
  }
}
