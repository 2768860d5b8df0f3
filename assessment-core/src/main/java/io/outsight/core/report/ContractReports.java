package io.outsight.core.report;

import io.outsight.core.concentration.ConcentrationThresholds;
import io.outsight.core.contract.ClauseFinding;
import io.outsight.core.contract.Contract;
import io.outsight.core.contract.ContractClauses;
import io.outsight.core.contract.KpiTarget;
import io.outsight.extension.api.compensation.CompensationTerms;
import io.outsight.extension.api.compensation.Payout;
import io.outsight.extension.api.compensation.PayoutLine;
import io.outsight.extension.api.metric.MetricDefinition;
import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.metric.PeriodOutcome;
import io.outsight.extension.api.metric.PeriodResults;
import io.outsight.extension.api.metric.ReportedMetric;
import io.outsight.extension.api.money.Money;
import io.outsight.extension.api.report.ClauseStatus;
import io.outsight.extension.api.report.Concentration;
import io.outsight.extension.api.report.ContractReport;
import io.outsight.extension.api.report.KpiDirection;
import io.outsight.extension.api.report.KpiStatus;
import io.outsight.extension.api.report.MetricLine;
import io.outsight.extension.api.report.MetricPeriod;
import io.outsight.extension.api.report.PeriodSpend;
import io.outsight.extension.api.report.Recommendation;
import io.outsight.extension.api.report.Recommendation.Reason;
import io.outsight.extension.api.report.Recommendation.Verdict;
import io.outsight.extension.api.report.ReconciliationLine;
import io.outsight.extension.api.report.Trend;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Computes contract success reports; every rule of the report and its recommendation is here. */
public final class ContractReports {

  /** A vendor carrying more than this share of the outsourced pipeline is a continuity risk. */

  /** This many late or missing reports in the range call for a talk with the vendor. */
  static final int LATE_LIMIT = 2;

  /** A metric red in this many periods running, to the last, is a reason to leave. */
  static final int RED_STREAK = 3;

  /** Changes within this many per cent over the last three periods are steady. */
  private static final BigDecimal STEADY_WITHIN = BigDecimal.valueOf(5);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ContractReports() {}

  public static ContractReport of(ReportInput input) {
    Contract contract = input.contract();
    List<Period> periods = new ArrayList<>();
    for (Period period = input.from(); period.compareTo(input.to()) <= 0; period = period.next()) {
      periods.add(period);
    }
    List<PeriodSpend> spend = periods.stream().map(period -> spendOf(input, period)).toList();
    Currency currency = Currency.getInstance(contract.currency());
    Money totalSpend =
        spend.stream().map(PeriodSpend::total).reduce(Money.zero(currency), Money::plus);
    Map<Period, PeriodOutcome> outcomes = new HashMap<>();
    for (int i = 0; i < periods.size(); i++) {
      outcomes.put(
          periods.get(i),
          // the period's own cost: an adjustment belongs to the period it corrects
          new PeriodOutcome(
              results(input, periods.get(i)),
              spend.get(i).total().minus(spend.get(i).adjustments())));
    }
    List<MetricLine> metrics =
        contract.kpis().stream()
            .map(kpi -> line(kpi, input.metrics().find(kpi.getMetricId()), periods, outcomes))
            .toList();

    Optional<BigDecimal> leadsKept =
        sum(input, periods, ReportedMetric.LEADS_CREATED)
            .map(
                leads ->
                    leads.subtract(
                        sum(input, periods, ReportedMetric.LEADS_RETURNED)
                            .orElse(BigDecimal.ZERO)));
    Optional<BigDecimal> deals = sum(input, periods, ReportedMetric.DEALS_CLOSED);
    Optional<BigDecimal> revenue = sum(input, periods, ReportedMetric.REVENUE);
    Money costPerLead = leadsKept.flatMap(totalSpend::per).orElse(null);
    Money costPerDeal = deals.flatMap(totalSpend::per).orElse(null);
    BigDecimal roi =
        revenue
            .filter(any -> totalSpend.amount().signum() > 0)
            .map(
                earned ->
                    earned
                        .subtract(totalSpend.amount())
                        .multiply(HUNDRED)
                        .divide(totalSpend.amount(), 2, RoundingMode.HALF_UP))
            .orElse(null);
    int months = periods.size() * contract.schedule().cadence().months();
    Money inHouseCost =
        input.inHouseMonthlyCost() == null ? null : input.inHouseMonthlyCost().times(months);

    Set<Period> reported =
        input.results().entrySet().stream()
            .filter(entry -> !entry.getValue().isEmpty())
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    List<Period> late =
        contract.lateReports(reported, input.today()).stream()
            .filter(
                period -> period.compareTo(input.from()) >= 0 && period.compareTo(input.to()) <= 0)
            .toList();
    ClauseStatus clauses = clauseStatus(contract, input.clauseFindings());
    Concentration concentration =
        new Concentration(
            share(input, ReportedMetric.LEADS_CREATED),
            share(input, ReportedMetric.DEALS_CLOSED),
            share(input, ReportedMetric.REVENUE));
    List<ReconciliationLine> reconciliation =
        input.crm().reconcile(input.results(), input.from(), input.to());
    Recommendation recommendation =
        recommend(
            metrics,
            totalSpend,
            roi,
            inHouseCost,
            late,
            clauses,
            dependence(input, concentration),
            input.concentrationThresholds().exitPlanReviewMonths(),
            input.minimumPeriods(),
            reconciliation.stream().filter(ReconciliationLine::unexplained).count());
    return new ContractReport(
        contract.id() == null ? 0 : contract.id(),
        contract.reference(),
        contract.vendorId(),
        input.vendorName(),
        input.from(),
        input.to(),
        metrics,
        spend,
        totalSpend,
        costPerLead,
        costPerDeal,
        roi,
        inHouseCost,
        late,
        clauses,
        concentration,
        recommendation,
        reconciliation,
        input.scenario());
  }

  private static PeriodResults results(ReportInput input, Period period) {
    return input.results().getOrDefault(period, PeriodResults.NONE);
  }

  /**
   * A period's spend: as frozen when it was settled; otherwise its own, and in the contract's first
   * open period also an adjustment for every settled period whose payout has moved since it was
   * settled, by a correction or a credited return.
   */
  public static PeriodSpend spendOf(ReportInput input, Period period) {
    Map<Period, PeriodSpend> settled = input.settling().settled();
    if (settled.containsKey(period)) {
      return settled.get(period);
    }
    PeriodSpend own = ownSpend(input, period);
    List<PayoutLine> adjustments = period.equals(firstOpen(input)) ? adjustments(input) : List.of();
    if (adjustments.isEmpty()) {
      return own;
    }
    List<PayoutLine> lines = new ArrayList<>(own.lines());
    lines.addAll(adjustments);
    Money adjusted =
        adjustments.stream()
            .map(PayoutLine::amount)
            .reduce(Money.zero(currency(input)), Money::plus);
    return new PeriodSpend(
        period, own.payout(), own.oneTimeFees(), adjusted, own.total().plus(adjusted), lines, null);
  }

  /**
   * A contract's payouts beginning from {@code first} to {@code last}, oldest first: its ended
   * periods and those settled after its term, each as {@link #spendOf} gives it, then the
   * adjustments waiting for a period still to be settled, if any wait.
   */
  public static List<PeriodSpend> payouts(ReportInput input, LocalDate first, LocalDate last) {
    TreeSet<Period> periods = new TreeSet<>(input.contract().reportablePeriods(input.today()));
    periods.addAll(input.settling().settled().keySet());
    List<PeriodSpend> spend = new ArrayList<>();
    for (Period period : periods) {
      if (!period.firstDay().isBefore(first) && !period.firstDay().isAfter(last)) {
        spend.add(spendOf(input, period));
      }
    }
    waitingAdjustments(input)
        .filter(
            waiting ->
                !waiting.period().firstDay().isBefore(first)
                    && !waiting.period().firstDay().isAfter(last))
        .ifPresent(spend::add);
    return spend;
  }

  /**
   * The adjustments to settled periods that wait for a period after the report's last, with that
   * period, or empty when none wait there. They wait in the contract's first open period: the one
   * running today, or once every period of a fixed-term contract is settled, the period after its
   * term, which carries nothing else and is settled for them once it ends.
   */
  public static Optional<PeriodSpend> waitingAdjustments(ReportInput input) {
    Period open = firstOpen(input);
    if (open.compareTo(input.to()) <= 0) {
      return Optional.empty();
    }
    List<PayoutLine> adjustments = adjustments(input);
    if (adjustments.isEmpty()) {
      return Optional.empty();
    }
    Money none = Money.zero(currency(input));
    Money adjusted = adjustments.stream().map(PayoutLine::amount).reduce(none, Money::plus);
    return Optional.of(new PeriodSpend(open, none, none, adjusted, adjusted, adjustments, null));
  }

  /**
   * The contract's first period not settled. Periods are settled in order, so it follows the last
   * settled one, and adjustments to any settled period land in it.
   */
  public static Period firstOpen(ReportInput input) {
    Contract contract = input.contract();
    Period period =
        Period.containing(contract.term().start(), contract.schedule().cadence().months());
    while (input.settling().settled().containsKey(period)) {
      period = period.next();
    }
    return period;
  }

  /**
   * For each settled period, what its spend comes to now less what was settled and adjusted for it
   * since; a line for each that is not zero.
   */
  private static List<PayoutLine> adjustments(ReportInput input) {
    Map<Period, Money> accounted = new TreeMap<>();
    input
        .settling()
        .settled()
        .forEach(
            (period, frozen) -> {
              accounted.merge(period, frozen.total().minus(frozen.adjustments()), Money::plus);
              frozen.lines().stream()
                  .filter(line -> line.kind() == PayoutLine.Kind.ADJUSTMENT)
                  .forEach(line -> accounted.merge(line.about(), line.amount(), Money::plus));
            });
    List<PayoutLine> lines = new ArrayList<>();
    for (Period period : new TreeSet<>(input.settling().settled().keySet())) {
      if (!input.settling().mayHaveMoved(period)) {
        continue;
      }
      Money moved = ownSpend(input, period).total().minus(accounted.get(period));
      if (moved.amount().signum() != 0) {
        lines.add(new PayoutLine(PayoutLine.Kind.ADJUSTMENT, null, null, null, moved, period));
      }
    }
    return lines;
  }

  /**
   * The period's payout under the model, the set-up fee in the period the contract starts, and a
   * word on leads returned from it too late to be credited.
   */
  private static PeriodSpend ownSpend(ReportInput input, Period period) {
    Contract contract = input.contract();
    CompensationTerms terms = contract.compensation();
    if (contract.isAfterTerm(period)) {
      Money none = Money.zero(terms.currency());
      return new PeriodSpend(period, none, none, none, none, List.of(), null);
    }
    Payout payout = input.model().payoutFor(terms, results(input, period));
    boolean starts =
        !contract.term().start().isBefore(period.firstDay())
            && !contract.term().start().isAfter(period.lastDay());
    Money zero = Money.zero(terms.currency());
    Money fees = starts ? contract.setupFee().orElse(zero) : zero;
    List<PayoutLine> lines = new ArrayList<>(payout.lines());
    if (fees.amount().signum() != 0) {
      lines.add(new PayoutLine(PayoutLine.Kind.ONE_TIME_FEE, null, null, null, fees));
    }
    BigDecimal late = input.settling().returnedLate().get(period);
    if (late != null && late.signum() > 0) {
      lines.add(
          new PayoutLine(
              PayoutLine.Kind.RETURNED_LATE,
              ReportedMetric.LEADS_RETURNED,
              late,
              BigDecimal.valueOf(contract.disputeWindowDays()),
              zero));
    }
    return new PeriodSpend(
        period, payout.amount(), fees, zero, payout.amount().plus(fees), lines, null);
  }

  private static Currency currency(ReportInput input) {
    return Currency.getInstance(input.contract().currency());
  }

  private static MetricLine line(
      KpiTarget kpi,
      Optional<MetricDefinition> metric,
      List<Period> periods,
      Map<Period, PeriodOutcome> outcomes) {
    List<MetricPeriod> line = new ArrayList<>();
    for (Period period : periods) {
      Optional<BigDecimal> actual =
          metric.flatMap(definition -> definition.valueIn(outcomes.get(period)));
      line.add(
          new MetricPeriod(
              period,
              actual.orElse(null),
              actual.flatMap(value -> attainment(kpi, value)).orElse(null),
              kpi.status(actual)));
    }
    return new MetricLine(kpi.goal(), line, trend(kpi, line));
  }

  /**
   * How much of the target the actual reaches, in per cent: actual over target where more is
   * better, target over actual where less is. None when the target, or the cost, is zero.
   */
  static Optional<BigDecimal> attainment(KpiTarget kpi, BigDecimal actual) {
    boolean higher = kpi.getDirection() == KpiDirection.HIGHER_IS_BETTER;
    BigDecimal part = higher ? actual : kpi.getTarget();
    BigDecimal whole = higher ? kpi.getTarget() : actual;
    if (whole.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP));
  }

  /**
   * The change from the first to the last of the last three periods with data, in the target's
   * direction.
   */
  static Trend trend(KpiTarget kpi, List<MetricPeriod> line) {
    List<BigDecimal> recent =
        line.stream().map(MetricPeriod::actual).filter(actual -> actual != null).toList();
    recent = recent.subList(Math.max(0, recent.size() - 3), recent.size());
    if (recent.size() < 2) {
      return Trend.NO_DATA;
    }
    BigDecimal first = recent.get(0);
    BigDecimal change = recent.get(recent.size() - 1).subtract(first);
    boolean steady =
        first.signum() == 0
            ? change.signum() == 0
            : change.abs().multiply(HUNDRED).compareTo(first.abs().multiply(STEADY_WITHIN)) <= 0;
    if (steady) {
      return Trend.STEADY;
    }
    boolean better = (change.signum() > 0) == (kpi.getDirection() == KpiDirection.HIGHER_IS_BETTER);
    return better ? Trend.IMPROVING : Trend.WORSENING;
  }

  private static Optional<BigDecimal> sum(
      ReportInput input, List<Period> periods, ReportedMetric metric) {
    List<BigDecimal> values =
        periods.stream()
            .map(period -> results(input, period).value(metric))
            .flatMap(Optional::stream)
            .toList();
    return values.isEmpty()
        ? Optional.empty()
        : Optional.of(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  private static BigDecimal share(ReportInput input, ReportedMetric metric) {
    if (input.vendorTotals() == null || input.portfolioTotals() == null) {
      return null;
    }
    Optional<BigDecimal> all =
        input.portfolioTotals().value(metric).filter(total -> total.signum() > 0);
    return all.map(
            total ->
                input
                    .vendorTotals()
                    .value(metric)
                    .orElse(BigDecimal.ZERO)
                    .multiply(HUNDRED)
                    .divide(total, 1, RoundingMode.HALF_UP))
        .orElse(null);
  }

  /**
   * The vendor's share of its channel's revenue or deals beyond the thresholds, when no exit plan
   * of the contract was reviewed recently enough: the rule the dashboard's concentration applies.
   */
  private static Optional<BigDecimal> dependence(ReportInput input, Concentration concentration) {
    ConcentrationThresholds thresholds = input.concentrationThresholds();
    boolean exitPlanReviewed =
        input.contract().hasExitPlan()
            && thresholds.reviewedInTime(
                input.contract().exitPlanReviewedOn().orElse(null), input.today());
    return exitPlanReviewed
        ? Optional.empty()
        : thresholds.beyond(concentration.revenue(), concentration.deals());
  }

  /**
   * The recommendation: exit or insource when a targeted metric has been red for the last three
   * periods, or when the contract loses money and in-house would cost less; renegotiate on a red or
   * amber last period, a worsening trend, a cost above in-house, late reports, a dependence on the
   * vendor without an exit plan reviewed in time, data we do not own, or figures our CRM does not
   * bear out beyond the tolerance. A contract without targets, or with results for fewer than
   * {@code minimumPeriods} periods, cannot be judged: it is never "continue" but "insufficient
   * data", unless a reason above calls for more; otherwise continue.
   */
  static Recommendation recommend(
      List<MetricLine> metrics,
      Money totalSpend,
      BigDecimal roi,
      Money inHouseCost,
      List<Period> late,
      ClauseStatus clauses,
      Optional<BigDecimal> dependence,
      int exitPlanReviewMonths,
      int minimumPeriods,
      long crmDifferences) {
    List<Reason> reasons = new ArrayList<>();
    boolean dearer = inHouseCost != null && totalSpend.compareTo(inHouseCost) > 0;
    for (MetricLine line : metrics) {
      List<MetricPeriod> withData =
          line.periods().stream().filter(period -> period.status() != KpiStatus.NO_DATA).toList();
      List<MetricPeriod> last =
          withData.subList(Math.max(0, withData.size() - RED_STREAK), withData.size());
      if (last.size() == RED_STREAK
          && last.stream().allMatch(period -> period.status() == KpiStatus.RED)) {
        reasons.add(
            new Reason(
                Verdict.EXIT_OR_INSOURCE,
                "red-streak",
                List.of(line.metricId(), String.valueOf(RED_STREAK))));
      } else if (!withData.isEmpty()
          && withData.get(withData.size() - 1).status() != KpiStatus.GREEN) {
        MetricPeriod latest = withData.get(withData.size() - 1);
        reasons.add(
            new Reason(
                Verdict.RENEGOTIATE,
                "below-target",
                List.of(line.metricId(), latest.period().toString(), latest.status().name())));
      }
      if (line.trend() == Trend.WORSENING) {
        reasons.add(new Reason(Verdict.RENEGOTIATE, "worsening", List.of(line.metricId())));
      }
    }
    if (roi != null && roi.signum() < 0 && dearer) {
      reasons.add(
          new Reason(
              Verdict.EXIT_OR_INSOURCE,
              "losing-and-dearer",
              List.of(roi.toPlainString(), totalSpend.toString(), inHouseCost.toString())));
    } else if (dearer) {
      reasons.add(
          new Reason(
              Verdict.RENEGOTIATE,
              "dearer-than-in-house",
              List.of(totalSpend.toString(), inHouseCost.toString())));
    }
    if (late.size() >= LATE_LIMIT) {
      reasons.add(
          new Reason(Verdict.RENEGOTIATE, "late-reports", List.of(String.valueOf(late.size()))));
    }
    dependence.ifPresent(
        share ->
            reasons.add(
                new Reason(
                    Verdict.RENEGOTIATE,
                    "dependence-without-exit-plan",
                    List.of(share.toPlainString(), String.valueOf(exitPlanReviewMonths)))));
    if (!clauses.dataOwned()) {
      reasons.add(new Reason(Verdict.RENEGOTIATE, "data-not-owned", List.of()));
    }
    if (!clauses.standing().isEmpty()) {
      reasons.add(
          new Reason(
              Verdict.RENEGOTIATE,
              "clauses-contradict-due-diligence",
              List.of(String.valueOf(clauses.standing().size()))));
    }
    if (crmDifferences > 0) {
      reasons.add(
          new Reason(Verdict.RENEGOTIATE, "crm-differs", List.of(String.valueOf(crmDifferences))));
    }
    long periodsWithData =
        metrics.stream()
            .flatMap(line -> line.periods().stream())
            .filter(period -> period.status() != KpiStatus.NO_DATA)
            .map(MetricPeriod::period)
            .distinct()
            .count();
    if (metrics.isEmpty()) {
      reasons.add(new Reason(Verdict.INSUFFICIENT_DATA, "no-targets", List.of()));
    } else if (periodsWithData == 0) {
      reasons.add(new Reason(Verdict.INSUFFICIENT_DATA, "no-data", List.of()));
    } else if (periodsWithData < minimumPeriods) {
      reasons.add(
          new Reason(
              Verdict.INSUFFICIENT_DATA,
              "too-few-periods",
              List.of(String.valueOf(periodsWithData), String.valueOf(minimumPeriods))));
    }
    Verdict verdict =
        reasons.stream().map(Reason::pointsTo).max(Enum::compareTo).orElse(Verdict.CONTINUE);
    if (verdict == Verdict.CONTINUE) {
      reasons.add(new Reason(Verdict.CONTINUE, "on-target", List.of()));
      if (inHouseCost != null) {
        reasons.add(
            new Reason(
                Verdict.CONTINUE,
                "cheaper-than-in-house",
                List.of(totalSpend.toString(), inHouseCost.toString())));
      }
    }
    return new Recommendation(verdict, reasons);
  }

  private static ClauseStatus clauseStatus(Contract contract, List<ClauseFinding> findings) {
    ContractClauses clauses = contract.clauses();
    return new ClauseStatus(
        clauses.isWeOwnLeads() && clauses.isNoReuseForOthers() && clauses.isReturnAndDeleteAtExit(),
        clauses.getDataLocation(),
        clauses.isSubcontractingAllowed(),
        contract.hasExitPlan(),
        contract.exitPlanNote().orElse(null),
        findings.stream().map(ClauseFinding::reported).toList());
  }
}
