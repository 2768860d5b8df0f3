package io.outsight.core.costmodel;

import io.outsight.extension.api.money.Money;
import io.outsight.extension.api.money.Percentage;
import io.outsight.extension.api.report.SalesOption;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * In-house against outsourced sales and against outsourced lead generation, month by month, in the
 * same market. The rules, each stated once:
 *
 * <ul>
 *   <li>A deal closes {@code salesCycleMonths} after its lead was worked, at the conversion of
 *       whoever works the lead; its revenue is its ACV, booked in the month it closes, and the
 *       gross margin on it is what the option earns. Leads and deals are expected values, so they
 *       can be fractional. Each option's net is its gross profit less its cost.
 *   <li>Our own sellers (the in-house reps, and the closers who take a vendor's leads): as many as
 *       the leads need at their capacity, recruited in month 1 and paid from the month after {@code
 *       monthsToHire}. Reps work leads at the ramp productivity during the ramp months, then at
 *       full productivity less the share of replacements still ramping (attrition / 12 x ramp
 *       months x the productivity a ramping rep lacks). Their cost is salary plus payroll overhead
 *       and tools per seller once hired, commission on the month's revenue, recruiting for every
 *       seller in month 1 and for the expected replacements (sellers x attrition / 12) in every
 *       later month they are employed, and the management time, every month.
 *   <li>Outsourced sales: the vendor works every lead from month 1 at its own ramp and conversion.
 *       Cost is the setup fees in month 1, the retainer, the fees per lead, meeting and deal, the
 *       revenue share, and our time governing the vendor.
 *   <li>Outsourced lead generation: the vendor starts once our closers are hired, hands over the
 *       leads at its ramp, and our closers close them at the offer's conversion. Cost is the
 *       closers' as above plus the vendor's as above.
 * </ul>
 */
public record CostModel(
    PipelineAssumptions pipeline,
    InHouseTeam inHouse,
    OutsourcedOffer outsourced,
    Optional<OutsourcedOffer> leadGeneration,
    int horizonMonths)
    implements Serializable {

  public static final int DEFAULT_HORIZON_MONTHS = 24;

  /** How far the sensitivity moves each factor, down and up. */
  static final List<Percentage> SENSITIVITY_STEPS =
      List.of(Percentage.of("-20"), Percentage.of("20"));

  /** The crossover volume is looked for up to this many times today's volume. */
  private static final int VOLUME_SEARCH_TIMES = 10;

  private static final int VOLUME_SEARCH_STEPS = 100;

  public CostModel {
    if (horizonMonths < 1 || horizonMonths > 120) {
      throw new IllegalArgumentException("the horizon is 1 to 120 months: " + horizonMonths);
    }
  }

  public CostComparison compare() {
    Map<SalesOption, OptionOutcome> outcomes = outcomes();
    List<Crossover> crossovers = new ArrayList<>();
    for (SalesOption option : outsourcedOptions()) {
      crossovers.add(
          new Crossover(
              option,
              leader(
                  Map.of(
                      SalesOption.IN_HOUSE,
                      outcomes.get(SalesOption.IN_HOUSE),
                      option,
                      outcomes.get(option))),
              crossoverMonth(outcomes.get(SalesOption.IN_HOUSE), outcomes.get(option)),
              volumeShift(option)));
    }
    List<SensitivityRow> sensitivity = new ArrayList<>();
    List<TornadoBar> tornado = new ArrayList<>();
    for (SensitivityFactor factor : SensitivityFactor.values()) {
      List<Map<SalesOption, OptionOutcome>> moved = new ArrayList<>();
      for (Percentage step : SENSITIVITY_STEPS) {
        Map<SalesOption, OptionOutcome> varied = moved(factor, step).outcomes();
        moved.add(varied);
        Map<SalesOption, Money> nets = new EnumMap<>(SalesOption.class);
        varied.forEach((option, outcome) -> nets.put(option, outcome.net()));
        sensitivity.add(new SensitivityRow(factor, step, nets, leader(varied)));
      }
      for (SalesOption option : outsourcedOptions()) {
        tornado.add(
            new TornadoBar(
                factor, option, advantage(moved.get(0), option), advantage(moved.get(1), option)));
      }
    }
    tornado.sort(Comparator.comparing(TornadoBar::swing).reversed());
    return new CostComparison(outcomes, crossovers, sensitivity, tornado);
  }

  /** Reps needed to work every lead at full capacity. */
  public int repsNeeded() {
    return sellersFor(inHouse.leadsPerRepPerMonth());
  }

  /** Closers needed to take every lead a lead-generation vendor hands over. */
  public int closersNeeded() {
    return sellersFor(inHouse.leadsPerCloserPerMonth());
  }

  private int sellersFor(int leadsEach) {
    return BigDecimal.valueOf(pipeline.leadsPerMonth())
        .divide(BigDecimal.valueOf(leadsEach), 0, RoundingMode.CEILING)
        .intValueExact();
  }

  private List<SalesOption> outsourcedOptions() {
    return leadGeneration.isPresent()
        ? List.of(SalesOption.OUTSOURCED_SALES, SalesOption.OUTSOURCED_LEAD_GENERATION)
        : List.of(SalesOption.OUTSOURCED_SALES);
  }

  private Map<SalesOption, OptionOutcome> outcomes() {
    Map<SalesOption, OptionOutcome> outcomes = new EnumMap<>(SalesOption.class);
    outcomes.put(SalesOption.IN_HOUSE, inHouseOutcome());
    outcomes.put(SalesOption.OUTSOURCED_SALES, outsourcedOutcome());
    leadGeneration.ifPresent(
        offer ->
            outcomes.put(SalesOption.OUTSOURCED_LEAD_GENERATION, leadGenerationOutcome(offer)));
    return outcomes;
  }

  private OptionOutcome outcome(SalesOption option) {
    return switch (option) {
      case IN_HOUSE -> inHouseOutcome();
      case OUTSOURCED_SALES -> outsourcedOutcome();
      case OUTSOURCED_LEAD_GENERATION -> leadGenerationOutcome(leadGeneration.orElseThrow());
    };
  }

  /**
   * The option that nets most over the horizon; in-house on a tie, as it keeps the knowledge (the
   * same rule for the crossover month and volume).
   */
  static SalesOption leader(Map<SalesOption, OptionOutcome> outcomes) {
    return outcomes.entrySet().stream()
        .max(
            Comparator.<Map.Entry<SalesOption, OptionOutcome>, Money>comparing(
                    entry -> entry.getValue().net())
                .thenComparing(entry -> entry.getKey() == SalesOption.IN_HOUSE))
        .orElseThrow()
        .getKey();
  }

  private static Money advantage(Map<SalesOption, OptionOutcome> outcomes, SalesOption option) {
    return outcomes.get(option).net().minus(outcomes.get(SalesOption.IN_HOUSE).net());
  }

  /** This model with one factor moved by a share, on the side it belongs to. */
  private CostModel moved(SensitivityFactor factor, Percentage step) {
    BigDecimal factorOf = BigDecimal.ONE.add(step.fraction());
    return switch (factor) {
      case VOLUME ->
          new CostModel(
              pipeline.withLeads(
                  factorOf
                      .multiply(BigDecimal.valueOf(pipeline.leadsPerMonth()))
                      .setScale(0, RoundingMode.HALF_UP)
                      .intValueExact()),
              inHouse,
              outsourced,
              leadGeneration,
              horizonMonths);
      case VENDOR_FEES ->
          new CostModel(
              pipeline,
              inHouse,
              outsourced.feesTimes(factorOf),
              leadGeneration.map(offer -> offer.feesTimes(factorOf)),
              horizonMonths);
      case VENDOR_CONVERSION ->
          new CostModel(
              pipeline,
              inHouse,
              outsourced.conversionTimes(factorOf),
              leadGeneration.map(offer -> offer.conversionTimes(factorOf)),
              horizonMonths);
      case ATTRITION ->
          new CostModel(
              pipeline,
              inHouse.withAttrition(
                  new Percentage(
                      inHouse
                          .annualAttrition()
                          .value()
                          .multiply(factorOf)
                          .min(BigDecimal.valueOf(100)))),
              outsourced,
              leadGeneration,
              horizonMonths);
    };
  }

  /**
   * The month from which the option leading at the horizon has netted more so far, when the other
   * led before it.
   */
  static Optional<Integer> crossoverMonth(OptionOutcome inHouse, OptionOutcome outsourced) {
    List<MonthlyFigures> own = inHouse.months();
    List<MonthlyFigures> theirs = outsourced.months();
    int last = own.size() - 1;
    boolean inHouseLeads =
        own.get(last).cumulativeNet().compareTo(theirs.get(last).cumulativeNet()) >= 0;
    Optional<Integer> from = Optional.empty();
    for (int month = last; month >= 0; month--) {
      int comparison = own.get(month).cumulativeNet().compareTo(theirs.get(month).cumulativeNet());
      boolean sameLeader = inHouseLeads ? comparison >= 0 : comparison < 0;
      if (!sameLeader) {
        return from;
      }
      from = Optional.of(month + 1);
    }
    return Optional.empty();
  }

  /**
   * The volume nearest today's at which the other option of the pair comes out ahead over the
   * horizon: searched outwards, above and below (down to one lead: with none, no option sells), in
   * steps up to ten times today's volume, then by halving within the step where the leader changed.
   */
  private Optional<Crossover.VolumeShift> volumeShift(SalesOption option) {
    int today = pipeline.leadsPerMonth();
    boolean inHouseToday = inHouseAheadAt(today, option);
    SalesOption other = inHouseToday ? option : SalesOption.IN_HOUSE;
    int ceiling = Math.max(100, today * VOLUME_SEARCH_TIMES);
    int step = Math.max(1, ceiling / VOLUME_SEARCH_STEPS);
    for (int distance = step; distance <= ceiling; distance += step) {
      int above = today + distance;
      if (above <= ceiling && inHouseAheadAt(above, option) != inHouseToday) {
        return Optional.of(
            new Crossover.VolumeShift(
                boundary(above - step, above, option, inHouseToday), true, other));
      }
      int below = today - distance;
      if (below >= 1 && inHouseAheadAt(below, option) != inHouseToday) {
        return Optional.of(
            new Crossover.VolumeShift(
                boundary(below + step, below, option, inHouseToday), false, other));
      }
    }
    return Optional.empty();
  }

  /**
   * The volume nearest {@code same} (where today's leader leads) at which the other leads, found by
   * halving the gap to {@code changed} (where the other leads).
   */
  private int boundary(int same, int changed, SalesOption option, boolean inHouseToday) {
    while (Math.abs(changed - same) > 1) {
      int middle = (same + changed) >>> 1;
      if (inHouseAheadAt(middle, option) == inHouseToday) {
        same = middle;
      } else {
        changed = middle;
      }
    }
    return changed;
  }

  private boolean inHouseAheadAt(int volume, SalesOption option) {
    CostModel at =
        new CostModel(
            pipeline.withLeads(volume), inHouse, outsourced, leadGeneration, horizonMonths);
    return at.inHouseOutcome().net().compareTo(at.outcome(option).net()) >= 0;
  }

  OptionOutcome inHouseOutcome() {
    int reps = repsNeeded();
    BigDecimal rampShortfall = BigDecimal.ONE.subtract(inHouse.rampProductivity().fraction());
    BigDecimal steadyProductivity =
        BigDecimal.ONE
            .subtract(
                inHouse
                    .annualAttrition()
                    .fraction()
                    .divide(BigDecimal.valueOf(12), MathContext.DECIMAL64)
                    .multiply(BigDecimal.valueOf(inHouse.rampMonths()))
                    .multiply(rampShortfall))
            // more leavers a year than months of ramp can replace: nobody works at full pace
            .max(BigDecimal.ZERO);
    List<BigDecimal> leads = new ArrayList<>();
    Ledger ledger = new Ledger(pipeline);
    for (int month = 1; month <= horizonMonths; month++) {
      int employed = month - inHouse.monthsToHire();
      BigDecimal productivity =
          employed < 1
              ? BigDecimal.ZERO
              : employed <= inHouse.rampMonths()
                  ? inHouse.rampProductivity().fraction()
                  : steadyProductivity;
      BigDecimal worked = BigDecimal.valueOf(pipeline.leadsPerMonth()).multiply(productivity);
      leads.add(worked);
      BigDecimal deals = closedIn(month, leads, inHouse.leadToDeal());
      Money revenue = pipeline.annualContractValue().times(deals);
      ledger.add(month, worked, deals, ourSellers(reps, month, revenue), revenue);
    }
    return ledger.outcome();
  }

  OptionOutcome outsourcedOutcome() {
    List<BigDecimal> leads = new ArrayList<>();
    Ledger ledger = new Ledger(pipeline);
    for (int month = 1; month <= horizonMonths; month++) {
      BigDecimal worked = vendorLeads(outsourced, month);
      leads.add(worked);
      BigDecimal deals = closedIn(month, leads, outsourced.leadToDeal());
      Money revenue = pipeline.annualContractValue().times(deals);
      ledger.add(month, worked, deals, vendor(outsourced, month, worked, deals, revenue), revenue);
    }
    return ledger.outcome();
  }

  OptionOutcome leadGenerationOutcome(OutsourcedOffer offer) {
    int closers = closersNeeded();
    List<BigDecimal> leads = new ArrayList<>();
    Ledger ledger = new Ledger(pipeline);
    for (int month = 1; month <= horizonMonths; month++) {
      int vendorMonth = month - inHouse.monthsToHire();
      BigDecimal handedOver = vendorMonth < 1 ? BigDecimal.ZERO : vendorLeads(offer, vendorMonth);
      leads.add(handedOver);
      BigDecimal deals = closedIn(month, leads, offer.leadToDeal());
      Money revenue = pipeline.annualContractValue().times(deals);
      Money cost = ourSellers(closers, month, revenue);
      if (vendorMonth >= 1) {
        cost = cost.plus(vendor(offer, vendorMonth, handedOver, deals, revenue));
      }
      ledger.add(month, handedOver, deals, cost, revenue);
    }
    return ledger.outcome();
  }

  /** Leads a vendor works in its nth month, at its ramp. */
  private BigDecimal vendorLeads(OutsourcedOffer offer, int vendorMonth) {
    BigDecimal leads = BigDecimal.valueOf(pipeline.leadsPerMonth());
    return vendorMonth <= offer.rampMonths() ? offer.rampProductivity().of(leads) : leads;
  }

  /** What a vendor costs in its nth month. */
  private Money vendor(
      OutsourcedOffer offer, int vendorMonth, BigDecimal leads, BigDecimal deals, Money revenue) {
    Money cost =
        offer
            .monthlyRetainer()
            .plus(offer.feePerLead().times(leads))
            .plus(offer.feePerMeeting().times(pipeline.leadToMeeting().of(leads)))
            .plus(offer.feePerDeal().times(deals))
            .plus(revenue.times(offer.revenueShare().fraction()))
            .plus(offer.governancePerMonth());
    return vendorMonth == 1 ? cost.plus(offer.setupFees()) : cost;
  }

  /** What our own sellers cost in a month, with the management time. */
  private Money ourSellers(int sellers, int month, Money revenue) {
    boolean employed = month > inHouse.monthsToHire();
    BigDecimal hires =
        month == 1
            ? BigDecimal.valueOf(sellers)
            : employed
                ? inHouse
                    .annualAttrition()
                    .of(BigDecimal.valueOf(sellers))
                    .divide(BigDecimal.valueOf(12), MathContext.DECIMAL64)
                : BigDecimal.ZERO;
    Money cost =
        inHouse
            .managementPerMonth()
            .plus(inHouse.recruitingCostPerRep().times(hires))
            .plus(revenue.times(inHouse.commission().fraction()));
    if (!employed) {
      return cost;
    }
    Money salaries = inHouse.monthlySalaryPerRep().times(sellers);
    return cost.plus(salaries)
        .plus(salaries.times(inHouse.payrollOverhead().fraction()))
        .plus(inHouse.toolsPerRepPerMonth().times(sellers));
  }

  /** Deals closing this month: the leads worked one sales cycle earlier, converted. */
  private BigDecimal closedIn(int month, List<BigDecimal> leadsByMonth, Percentage conversion) {
    int leadMonth = month - pipeline.salesCycleMonths();
    return leadMonth < 1 ? BigDecimal.ZERO : conversion.of(leadsByMonth.get(leadMonth - 1));
  }

  /** Accumulates one option's months. */
  private static final class Ledger {
    private final List<MonthlyFigures> months = new ArrayList<>();
    private final Percentage margin;
    private Money cumulativeCost;
    private Money cumulativeRevenue;
    private Money cumulativeGrossProfit;

    Ledger(PipelineAssumptions pipeline) {
      Currency currency = pipeline.annualContractValue().currency();
      margin = pipeline.grossMargin();
      cumulativeCost = Money.zero(currency);
      cumulativeRevenue = Money.zero(currency);
      cumulativeGrossProfit = Money.zero(currency);
    }

    void add(int month, BigDecimal leads, BigDecimal deals, Money cost, Money revenue) {
      Money grossProfit = revenue.times(margin.fraction());
      cumulativeCost = cumulativeCost.plus(cost);
      cumulativeRevenue = cumulativeRevenue.plus(revenue);
      cumulativeGrossProfit = cumulativeGrossProfit.plus(grossProfit);
      months.add(
          new MonthlyFigures(
              month,
              leads,
              deals,
              cost,
              revenue,
              grossProfit,
              cumulativeCost,
              cumulativeRevenue,
              cumulativeGrossProfit));
    }

    OptionOutcome outcome() {
      return new OptionOutcome(months);
    }
  }
}
