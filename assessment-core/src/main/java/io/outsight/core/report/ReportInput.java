package io.outsight.core.report;

import io.outsight.core.concentration.ConcentrationThresholds;
import io.outsight.core.contract.ClauseFinding;
import io.outsight.core.contract.Contract;
import io.outsight.core.metric.MetricCatalogue;
import io.outsight.core.reconciliation.CrmFigures;
import io.outsight.extension.api.compensation.CompensationModel;
import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.metric.PeriodResults;
import io.outsight.extension.api.money.Money;
import io.outsight.extension.api.report.PeriodSpend;
import io.outsight.extension.api.report.ScenarioExpectation;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a contract report is computed from: the contract and its vendor's name, the installed
 * compensation model and metrics, the periods asked for and what was reported in them; for
 * concentration, the vendor's results in its contract's channel and that channel's whole outcome,
 * our own people's included, over the same periods summed, and when that makes the vendor a
 * dependency; the in-house alternative's monthly cost, when known, and the cost scenario it was
 * taken from, if any; the day the report is made; how many periods with results a recommendation
 * needs at least; and what was settled and returned too late to be credited. The results hold,
 * besides the periods asked for, those of every settled period, whose payouts are recomputed for
 * adjustments; their returned leads are those credited.
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
    CrmFigures crm,
    List<ClauseFinding> clauseFindings,
    ScenarioExpectation scenario,
    ConcentrationThresholds concentrationThresholds) {

  /**
   * The contract's settled periods with the spend frozen for each, per delivery period the leads
   * returned after the dispute window closed, and the settled periods changed since they were
   * settled, when only those are known: null when every settled period's values are at hand.
   */
  public record Settling(
      Map<Period, PeriodSpend> settled, Map<Period, BigDecimal> returnedLate, Set<Period> changed)
      implements Serializable {

    public static final Settling NONE = new Settling(Map.of(), Map.of());

    public Settling {
      settled = Map.copyOf(settled);
      returnedLate = Map.copyOf(returnedLate);
      changed = changed == null ? null : Set.copyOf(changed);
    }

    /** Settled periods any of which may have changed since: each is recomputed for adjustments. */
    public Settling(Map<Period, PeriodSpend> settled, Map<Period, BigDecimal> returnedLate) {
      this(settled, returnedLate, null);
    }

    /**
     * Whether the settled period's payout may have moved since it was settled, and is recomputed
     * for an adjustment: when a value or a return of it was recorded after. Its terms are frozen
     * once it is settled, so nothing else moves it.
     */
    public boolean mayHaveMoved(Period period) {
      return changed == null || changed.contains(period);
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
        CrmFigures.NONE,
        List.of(),
        null,
        null);
  }

  public ReportInput {
    Objects.requireNonNull(contract, "contract");
    clauseFindings = clauseFindings == null ? List.of() : List.copyOf(clauseFindings);
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
    concentrationThresholds =
        Objects.requireNonNullElse(concentrationThresholds, ConcentrationThresholds.DEFAULT);
  }
}
