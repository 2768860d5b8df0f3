package io.outsight.core.report;

import io.outsight.core.compensation.CompensationModel;
import io.outsight.core.contract.Contract;
import io.outsight.core.metric.MetricCatalogue;
import io.outsight.core.metric.Period;
import io.outsight.core.metric.PeriodResults;
import io.outsight.core.money.Money;
import io.outsight.core.reconciliation.CrmFigures;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What a contract report is computed from: the contract and its vendor's name, the installed
 * compensation model and metrics, the periods asked for and what was reported in them; for
 * concentration, the vendor's and all outsourced results over the same periods summed; the in-house
 * alternative's monthly cost, when known; the day the report is made; how many periods with results
 * a recommendation needs at least; and what was settled and returned too late to be credited. The
 * results hold, besides the periods asked for, those of every settled period, whose payouts are
 * recomputed for adjustments; their returned leads are those credited.
 */
public record ReportInput(
    Contract contract,
    String vendorName,
    CompensationModel model,
    MetricCatalogue metrics,
    Period from,
    Period to,
    Map<Period, PeriodResults> results,
    PeriodResults vendorTotals,
    PeriodResults portfolioTotals,
    Money inHouseMonthlyCost,
    LocalDate today,
    int minimumPeriods,
    Settling settling,
    CrmFigures crm) {

  /**
   * The contract's settled periods with the spend frozen for each, and per delivery period the
   * leads returned after the dispute window closed.
   */
  public record Settling(Map<Period, PeriodSpend> settled, Map<Period, BigDecimal> returnedLate)
      implements Serializable {

    public static final Settling NONE = new Settling(Map.of(), Map.of());

    public Settling {
      settled = Map.copyOf(settled);
      returnedLate = Map.copyOf(returnedLate);
    }
  }

  /** The input of a contract with nothing settled or returned late. */
  public ReportInput(
      Contract contract,
      String vendorName,
      CompensationModel model,
      MetricCatalogue metrics,
      Period from,
      Period to,
      Map<Period, PeriodResults> results,
      PeriodResults vendorTotals,
      PeriodResults portfolioTotals,
      Money inHouseMonthlyCost,
      LocalDate today,
      int minimumPeriods) {
    this(
        contract,
        vendorName,
        model,
        metrics,
        from,
        to,
        results,
        vendorTotals,
        portfolioTotals,
        inHouseMonthlyCost,
        today,
        minimumPeriods,
        Settling.NONE,
        CrmFigures.NONE);
  }

  public ReportInput {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(model, "compensation model");
    int months = contract.schedule().cadence().months();
    if (from.months() != months || to.months() != months || to.compareTo(from) < 0) {
      throw new IllegalArgumentException(
          "the report runs over the contract's own periods, from the first to the last: "
              + from
              + " - "
              + to);
    }
    if (minimumPeriods < 1) {
      throw new IllegalArgumentException(
          "a recommendation needs results for one period or more: " + minimumPeriods);
    }
    results = Map.copyOf(results);
    settling = Objects.requireNonNullElse(settling, Settling.NONE);
    crm = Objects.requireNonNullElse(crm, CrmFigures.NONE);
  }
}
