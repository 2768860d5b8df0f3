package io.outsight.core.costmodel;

import io.outsight.core.money.Money;
import io.outsight.core.money.Percentage;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * In-house against outsourced, month by month, from the same pipeline. The rules, each stated once:
 *
 * <ul>
 *   <li>A deal closes {@code salesCycleMonths} after its lead was worked; its revenue is its ACV,
 *       booked in the month it closes. Leads and deals are expected values, so they can be
 *       fractional.
 *   <li>In-house: as many reps as the leads need at their capacity, hired and paid from month 1.
 *       During the ramp months they work leads at the ramp productivity; after it, at full
 *       productivity less the share of replacements still ramping (attrition / 12 x ramp months x
 *       the productivity a ramping rep lacks). Cost is salary plus payroll overhead, commission on
 *       the month's revenue, recruiting for every rep in month 1, and for the expected replacements
 *       (reps x attrition / 12) in every later month.
 *   <li>Outsourced: the vendor works every lead from month 1 (no ramp for us). Cost is the setup
 *       fees in month 1, the retainer, the fees per lead, meeting and deal, and the revenue share.
 * </ul>
 */
public record CostModel(
    PipelineAssumptions pipeline,
    InHouseTeam inHouse,
    OutsourcedOffer outsourced,
    int horizonMonths)
    implements Serializable {

  public static final int DEFAULT_HORIZON_MONTHS = 24;

  private static final List<Percentage> SENSITIVITY_STEPS =
      List.of(Percentage.of("-20"), Percentage.ZERO, Percentage.of("20"));

  public CostModel {
    if (horizonMonths < 1 || horizonMonths > 120) {
      throw new IllegalArgumentException("the horizon is 1 to 120 months: " + horizonMonths);
    }
  }

  public CostComparison compare() {
    List<SensitivityCell> sensitivity = new ArrayList<>();
    for (Percentage acv : SENSITIVITY_STEPS) {
      for (Percentage conversion : SENSITIVITY_STEPS) {
        CostModel varied =
            new CostModel(pipeline.varied(acv, conversion), inHouse, outsourced, horizonMonths);
        sensitivity.add(
            new SensitivityCell(
                acv, conversion, varied.inHouseOutcome().net(), varied.outsourcedOutcome().net()));
      }
    }
    return new CostComparison(inHouseOutcome(), outsourcedOutcome(), sensitivity);
  }

  /** Reps needed to work every lead at full capacity. */
  public int repsNeeded() {
    return BigDecimal.valueOf(pipeline.leadsPerMonth())
        .divide(BigDecimal.valueOf(inHouse.leadsPerRepPerMonth()), 0, RoundingMode.CEILING)
        .intValueExact();
  }

  OptionOutcome inHouseOutcome() {
    int reps = repsNeeded();
    BigDecimal monthlyReplacements =
        inHouse
            .annualAttrition()
            .of(BigDecimal.valueOf(reps))
            .divide(BigDecimal.valueOf(12), MathContext.DECIMAL64);
    BigDecimal rampShortfall = BigDecimal.ONE.subtract(inHouse.rampProductivity().fraction());
    BigDecimal steadyProductivity =
        BigDecimal.ONE.subtract(
            inHouse
                .annualAttrition()
                .fraction()
                .divide(BigDecimal.valueOf(12), MathContext.DECIMAL64)
                .multiply(BigDecimal.valueOf(inHouse.rampMonths()))
                .multiply(rampShortfall));
    Money payroll =
        inHouse
            .monthlySalaryPerRep()
            .times(reps)
            .plus(
                inHouse
                    .monthlySalaryPerRep()
                    .times(reps)
                    .times(inHouse.payrollOverhead().fraction()));

    List<BigDecimal> leads = new ArrayList<>();
    Ledger ledger = new Ledger(pipeline.annualContractValue().currency());
    for (int month = 1; month <= horizonMonths; month++) {
      BigDecimal productivity =
          month <= inHouse.rampMonths()
              ? inHouse.rampProductivity().fraction()
              : steadyProductivity;
      BigDecimal worked = BigDecimal.valueOf(pipeline.leadsPerMonth()).multiply(productivity);
      leads.add(worked);
      BigDecimal deals = closedIn(month, leads);
      Money revenue = pipeline.annualContractValue().times(deals);
      BigDecimal hires = month == 1 ? BigDecimal.valueOf(reps) : monthlyReplacements;
      Money cost =
          payroll
              .plus(revenue.times(inHouse.commission().fraction()))
              .plus(inHouse.recruitingCostPerRep().times(hires));
      ledger.add(month, worked, deals, cost, revenue);
    }
    return ledger.outcome();
  }

  OptionOutcome outsourcedOutcome() {
    List<BigDecimal> leads = new ArrayList<>();
    Ledger ledger = new Ledger(pipeline.annualContractValue().currency());
    for (int month = 1; month <= horizonMonths; month++) {
      BigDecimal worked = BigDecimal.valueOf(pipeline.leadsPerMonth());
      leads.add(worked);
      BigDecimal meetings = pipeline.leadToMeeting().of(worked);
      BigDecimal deals = closedIn(month, leads);
      Money revenue = pipeline.annualContractValue().times(deals);
      Money cost =
          outsourced
              .monthlyRetainer()
              .plus(outsourced.feePerLead().times(worked))
              .plus(outsourced.feePerMeeting().times(meetings))
              .plus(outsourced.feePerDeal().times(deals))
              .plus(revenue.times(outsourced.revenueShare().fraction()));
      if (month == 1) {
        cost = cost.plus(outsourced.setupFees());
      }
      ledger.add(month, worked, deals, cost, revenue);
    }
    return ledger.outcome();
  }

  /** Deals closing this month: the leads worked one sales cycle earlier, converted. */
  private BigDecimal closedIn(int month, List<BigDecimal> leadsByMonth) {
    int leadMonth = month - pipeline.salesCycleMonths();
    return leadMonth < 1
        ? BigDecimal.ZERO
        : pipeline.leadToDeal().of(leadsByMonth.get(leadMonth - 1));
  }

  /** Accumulates one option's months. */
  private static final class Ledger {
    private final List<MonthlyFigures> months = new ArrayList<>();
    private Money cumulativeCost;
    private Money cumulativeRevenue;

    Ledger(Currency currency) {
      cumulativeCost = Money.zero(currency);
      cumulativeRevenue = Money.zero(currency);
    }

    void add(int month, BigDecimal leads, BigDecimal deals, Money cost, Money revenue) {
      cumulativeCost = cumulativeCost.plus(cost);
      cumulativeRevenue = cumulativeRevenue.plus(revenue);
      months.add(
          new MonthlyFigures(
              month, leads, deals, cost, revenue, cumulativeCost, cumulativeRevenue));
    }

    OptionOutcome outcome() {
      return new OptionOutcome(months);
    }
  }
}
