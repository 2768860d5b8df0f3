package io.outsight.reporting.contract;

import io.outsight.core.access.Roles;
import io.outsight.core.contract.Contract;
import io.outsight.core.contract.ContractStatus;
import io.outsight.core.costmodel.ScenarioRevision;
import io.outsight.core.ledger.LeadReturn;
import io.outsight.core.reconciliation.CrmExplanation;
import io.outsight.core.reconciliation.CrmFigure;
import io.outsight.core.reconciliation.CrmFigures;
import io.outsight.core.report.ReportInput;
import io.outsight.core.rules.RuleViolation;
import io.outsight.core.settlement.DisputedLeads;
import io.outsight.core.settlement.Settlement;
import io.outsight.core.vendor.Vendor;
import io.outsight.extension.api.compensation.CompensationModel;
import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.metric.PeriodResults;
import io.outsight.extension.api.metric.ReportedMetric;
import io.outsight.extension.api.report.PeriodSpend;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.contract.ClauseChecks;
import io.outsight.registry.contract.ContractLookup;
import io.outsight.registry.extension.InstalledMetrics;
import io.outsight.registry.rules.RefuseRuleViolations;
import io.outsight.reporting.concentration.ConcentrationSettings;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What success reports and the dashboard are computed from, read from the ledger, the returns and
 * the settlements: the current values with the returns credited, what was settled, and what was
 * returned too late.
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@Interceptors(RefuseRuleViolations.class)
public class ReportInputs {

  private static final Set<ContractStatus> RUNNING = ContractStatus.runningStates();

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @Inject private InstalledMetrics installed;

  @Inject private PortalClock clock;

  /** Fewer periods with results than this, and a report recommends nothing but more data. */
  @Inject
  @ConfigProperty(name = "outsight.report.minimum-periods", defaultValue = "3")
  private int minimumPeriods;

  @Inject private CrmTolerance crmTolerance;

  @Inject private ConcentrationSettings concentration;

  @EJB private ClauseChecks clauseChecks;

  /** A ledger value as the batches read it: contract, period start and months, metric, value. */
  private static final String VALUES =
      "select r.contractId, r.periodStart, r.periodMonths, r.metric, r.value from MetricResult r";

  /**
   * What a contract's success report over {@code from} to {@code to} is computed from: the
   * contract, its vendor, the installed model and metrics, the current values of those periods, and
   * the vendor's and all contracts' totals over the same days, for concentration.
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public ReportInput reportInput(long contractId, Period from, Period to) {
    return input(contractId, from, to, true);
  }

  /**
   * What the payouts of a contract's periods from {@code from} to {@code to} are computed from,
   * without the totals a report's concentration needs.
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public ReportInput payoutInput(long contractId, Period from, Period to) {
    return input(contractId, from, to, false);
  }

  private ReportInput input(long contractId, Period from, Period to, boolean withTotals) {
    Contract contract = ContractLookup.found(em, contractId);
    List<Period> reportable = contract.reportablePeriods(clock.today());
    // a payout reaches past the term only for the adjustments a period after it carries
    Predicate<Period> fits =
        period ->
            reportable.contains(period)
                || (!withTotals
                    && contract.isAfterTerm(period)
                    && contract.isSettleable(period, clock.today()));
    if (!fits.test(from) || !fits.test(to) || to.compareTo(from) < 0) {
      throw new RuleViolation(
          "report.range",
          "Contract "
              + contract.reference()
              + " can be reported from "
              + (reportable.isEmpty()
                  ? "its first ended period"
                  : reportable.get(0) + " to " + reportable.get(reportable.size() - 1))
              + ", from the earlier period to the later: not "
              + from
              + " to "
              + to,
          List.of(
              contract.reference(),
              reportable.isEmpty() ? "" : reportable.get(0).toString(),
              reportable.isEmpty() ? "" : reportable.get(reportable.size() - 1).toString()));
    }
    Vendor vendor = em.find(Vendor.class, contract.vendorId());
    CompensationModel model =
        installed
            .compensationModel(contract.compensation().modelId())
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "contract.unknown-model",
                        "No compensation model "
                            + contract.compensation().modelId()
                            + " is installed",
                        List.of(contract.compensation().modelId())));
    List<Settlement> settlements =
        em.createQuery(
                "select s from Settlement s where s.contractId = :contract", Settlement.class)
            .setParameter("contract", contractId)
            .getResultList();
    // settled periods come first, from the contract's start: their payouts are recomputed too
    Period first =
        settlements.stream().map(Settlement::period).min(Comparator.naturalOrder()).orElse(from);
    List<LeadReturn> returns =
        em.createQuery(
                "select r from LeadReturn r where r.contractId = :contract", LeadReturn.class)
            .setParameter("contract", contractId)
            .getResultList();
    Map<Long, Map<Period, Map<String, BigDecimal>>> values = new HashMap<>();
    collect(
        values,
        em.createQuery(
                VALUES
                    + " where r.contractId = :contract and r.supersededBy is null"
                    + " and r.periodStart between :first and :last",
                Object[].class)
            .setParameter("contract", contractId)
            .setParameter("first", first.compareTo(from) < 0 ? first.firstDay() : from.firstDay())
            .setParameter("last", to.firstDay())
            .getResultStream());
    Map<Period, PeriodResults> results =
        DisputedLeads.credited(
            contract, results(values.getOrDefault(contract.id(), Map.of())), returns);
    return new ReportInput(
        contract,
        vendor.name(),
        model,
        installed.catalogue(),
        from,
        to,
        results,
        withTotals ? new PeriodResults(totals(contract, contract.vendorId(), from, to)) : null,
        withTotals ? channelTotals(contract, from, to) : null,
        contract.inHouseMonthlyCost().orElse(null),
        clock.today(),
        minimumPeriods,
        settling(contract, settlements, returns),
        crmFigures(contractId, crmTolerance.percent()),
        withTotals ? clauseChecks.review(contractId).findings() : List.of(),
        contract
            .costScenarioRevisionId()
            .map(revision -> em.find(ScenarioRevision.class, revision))
            .map(revision -> revision.expectationFor(contract.outsourcedOption()))
            .orElse(null),
        concentration.thresholds());
  }

  /**
   * The report inputs of every running contract over its last {@code periods} periods up to the one
   * running today (fewer when it began later), read in two queries: for the portfolio dashboard.
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<ReportInput> recentReportInputs(int periods) {
    LocalDate today = clock.today();
    List<Contract> running =
        em.createQuery(
                "select c from Contract c where c.status in :running order by c.reference",
                Contract.class)
            .setParameter("running", RUNNING)
            .getResultList();
    if (running.isEmpty()) {
      return List.of();
    }
    Map<Long, List<Settlement>> settlements =
        em.createQuery(
                "select s from Settlement s, Contract c where c.id = s.contractId and c.status in :running",
                Settlement.class)
            .setParameter("running", RUNNING)
            .getResultStream()
            .collect(Collectors.groupingBy(Settlement::contractId));
    Map<Long, List<LeadReturn>> returns =
        em.createQuery(
                "select r from LeadReturn r, Contract c where c.id = r.contractId and c.status in :running",
                LeadReturn.class)
            .setParameter("running", RUNNING)
            .getResultStream()
            .collect(Collectors.groupingBy(LeadReturn::contractId));
    // the recent periods, and the settled ones changed since, whose payouts are recomputed
    Map<Long, Map<Period, Map<String, BigDecimal>>> values = new HashMap<>();
    collect(
        values,
        em.createQuery(
                VALUES
                    + ", Contract c where c.id = r.contractId and c.status in :running"
                    + " and r.supersededBy is null and r.periodStart >= :recent",
                Object[].class)
            .setParameter("running", RUNNING)
            .setParameter(
                "recent", Period.containing(today, 3).firstDay().minusMonths(3L * periods))
            .getResultStream());
    Map<Long, Set<Period>> changed =
        changedSinceSettled("c.status in :running", Map.<String, Object>of("running", RUNNING));
    collectChanged(values, changed);
    Map<Long, String> vendorNames =
        em.createQuery(
                "select v from Vendor v where v.id in (select c.vendorId from Contract c"
                    + " where c.status in :running)",
                Vendor.class)
            .setParameter("running", RUNNING)
            .getResultStream()
            .collect(Collectors.toMap(Vendor::id, Vendor::name));
    List<ReportInput> inputs = new ArrayList<>();
    for (Contract contract : running) {
      // the dashboard judges by the vendors' figures: the CRM check is each report's
      recentInput(
              contract,
              vendorNames.get(contract.vendorId()),
              periods,
              results(values.getOrDefault(contract.id(), Map.of())),
              settlements.getOrDefault(contract.id(), List.of()),
              returns.getOrDefault(contract.id(), List.of()),
              changed.getOrDefault(contract.id(), Set.of()),
              today)
          .ifPresent(inputs::add);
    }
    return inputs;
  }

  /**
   * The contracts after {@code afterId} by id, at most {@code count}, past their draft and with
   * ended periods, with the report inputs of all their ended periods, holding the values of the
   * periods beginning from {@code from} to {@code to} and of the settled ones changed since they
   * were settled: for the portfolio's payouts, read a batch at a time.
   *
   * @param lastId the id of the last contract read, where the next batch begins
   */
  public record PayoutBatch(long lastId, int contracts, List<ReportInput> inputs) {}

  /**
   * Reads a batch of contracts' payout inputs in its own transaction, so that what it read is
   * released with it: a portfolio read batch by batch holds one batch at a time.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public PayoutBatch payoutInputs(long afterId, int count, LocalDate from, LocalDate to) {
    LocalDate today = clock.today();
    List<Contract> contracts =
        em.createQuery(
                "select c from Contract c where c.id > :after and c.status <> :draft order by c.id",
                Contract.class)
            .setParameter("after", afterId)
            .setParameter("draft", ContractStatus.DRAFT)
            .setHint("eclipselink.batch", "c.kpis")
            .setHint("eclipselink.batch.type", "IN")
            .setMaxResults(count)
            .getResultList();
    if (contracts.isEmpty()) {
      return new PayoutBatch(afterId, 0, List.of());
    }
    List<Long> ids = contracts.stream().map(Contract::id).toList();
    Map<Long, List<Settlement>> settlements =
        em.createQuery("select s from Settlement s where s.contractId in :ids", Settlement.class)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(Collectors.groupingBy(Settlement::contractId));
    Map<Long, List<LeadReturn>> returns =
        em.createQuery("select r from LeadReturn r where r.contractId in :ids", LeadReturn.class)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(Collectors.groupingBy(LeadReturn::contractId));
    // read as plain values, not entities: a batch's ledger is most of what it holds; the periods
    // asked for, and the settled ones changed since, whose payouts are recomputed for adjustments
    Map<Long, Map<Period, Map<String, BigDecimal>>> values = new HashMap<>();
    collect(
        values,
        em.createQuery(
                VALUES
                    + " where r.contractId > :after and r.contractId <= :last and r.supersededBy is null"
                    + " and r.periodStart between :first and :end",
                Object[].class)
            .setParameter("after", afterId)
            .setParameter("last", ids.get(ids.size() - 1))
            .setParameter("first", from)
            .setParameter("end", to)
            .getResultStream());
    Map<Long, Set<Period>> changed =
        changedSinceSettled(
            "c.id > :after and c.id <= :last",
            Map.<String, Object>of("after", afterId, "last", ids.get(ids.size() - 1)));
    collectChanged(values, changed);
    Map<Long, String> vendorNames =
        em.createQuery("select v.id, v.name from Vendor v where v.id in :ids", Object[].class)
            .setParameter("ids", contracts.stream().map(Contract::vendorId).distinct().toList())
            .getResultStream()
            .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    List<ReportInput> inputs = new ArrayList<>();
    for (Contract contract : contracts) {
      recentInput(
              contract,
              vendorNames.get(contract.vendorId()),
              Integer.MAX_VALUE,
              results(values.getOrDefault(contract.id(), Map.of())),
              settlements.getOrDefault(contract.id(), List.of()),
              returns.getOrDefault(contract.id(), List.of()),
              changed.getOrDefault(contract.id(), Set.of()),
              today)
          .ifPresent(inputs::add);
    }
    return new PayoutBatch(contracts.get(contracts.size() - 1).id(), contracts.size(), inputs);
  }

  /**
   * A contract's input over the last {@code periods} of its ended periods, without the totals and
   * the CRM's figures one contract's report reads, holding the values of the settled periods {@code
   * changed} since they were settled only: empty before its first period ends, or when its
   * compensation model is not installed.
   */
  private Optional<ReportInput> recentInput(
      Contract contract,
      String vendorName,
      int periods,
      Map<Period, PeriodResults> results,
      List<Settlement> settlements,
      List<LeadReturn> returns,
      Set<Period> changed,
      LocalDate today) {
    List<Period> reportable = contract.reportablePeriods(today);
    Optional<CompensationModel> model =
        installed.compensationModel(contract.compensation().modelId());
    if (reportable.isEmpty() || model.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ReportInput(
            contract,
            vendorName,
            model.get(),
            installed.catalogue(),
            reportable.get(Math.max(0, reportable.size() - periods)),
            reportable.get(reportable.size() - 1),
            DisputedLeads.credited(contract, results, returns),
            null,
            null,
            contract.inHouseMonthlyCost().orElse(null),
            today,
            minimumPeriods,
            settling(contract, settlements, returns, changed),
            CrmFigures.NONE,
            List.of(),
            null,
            concentration.thresholds()));
  }

  /**
   * Current values summed by metric over the days from {@code from} to {@code to}, of the contracts
   * that sell in the contract's channel (all of them for the whole business), of one vendor or all.
   * Revenue counts only from contracts in the contract's currency.
   */
  private Map<String, BigDecimal> totals(Contract contract, Long vendorId, Period from, Period to) {
    String channel = contract.channel().toLowerCase(Locale.ROOT);
    TypedQuery<Object[]> query =
        em.createQuery(
                "select r.metric, sum(r.value) from MetricResult r, Contract c where c.id = r.contractId"
                    + (channel.isEmpty() ? "" : " and lower(c.channel) = :channel")
                    + (vendorId == null ? "" : " and c.vendorId = :vendor")
                    + " and (r.metric <> :revenue or c.currency = :currency)"
                    + " and r.supersededBy is null and r.periodStart between :first and :last group by r.metric",
                Object[].class)
            .setParameter("revenue", ReportedMetric.REVENUE.id())
            .setParameter("currency", contract.currency())
            .setParameter("first", from.firstDay())
            .setParameter("last", to.lastDay());
    if (!channel.isEmpty()) {
      query.setParameter("channel", channel);
    }
    if (vendorId != null) {
      query.setParameter("vendor", vendorId);
    }
    Map<String, BigDecimal> sums = new HashMap<>();
    query.getResultList().forEach(row -> sums.put((String) row[0], (BigDecimal) row[1]));
    return sums;
  }

  /**
   * The channel's whole outcome over the days from {@code from} to {@code to}: every contract's
   * there and our own people's, so that a vendor's share is of the business, not of what is
   * outsourced. Our own revenue counts when the contract is in the currency it is kept in.
   */
  private PeriodResults channelTotals(Contract contract, Period from, Period to) {
    Map<String, BigDecimal> sums = totals(contract, null, from, to);
    String channel = contract.channel().toLowerCase(Locale.ROOT);
    boolean sameCurrency = contract.currency().equals(concentration.currency());
    TypedQuery<Object[]> ours =
        em.createQuery(
                "select r.metricId, sum(r.value) from InHouseResult r"
                    + " where r.monthStart between :first and :last"
                    + (channel.isEmpty() ? "" : " and lower(r.channel) = :channel")
                    + (sameCurrency ? "" : " and r.metricId <> :revenue")
                    + " group by r.metricId",
                Object[].class)
            .setParameter("first", from.firstDay())
            .setParameter("last", to.lastDay());
    if (!channel.isEmpty()) {
      ours.setParameter("channel", channel);
    }
    if (!sameCurrency) {
      ours.setParameter("revenue", ReportedMetric.REVENUE.id());
    }
    ours.getResultStream()
        .forEach(row -> sums.merge((String) row[0], (BigDecimal) row[1], BigDecimal::add));
    return new PeriodResults(sums);
  }

  /**
   * What our CRM counted for the contract, the newest export of each period speaking for it, with
   * the differences explained.
   */
  private CrmFigures crmFigures(long contractId, BigDecimal tolerancePercent) {
    Map<Long, Instant> importedAt = new HashMap<>();
    em.createQuery(
            "select i.id, i.importedAt from CrmImport i where i.id in"
                + " (select f.importId from CrmFigure f where f.contractId = :contract)",
            Object[].class)
        .setParameter("contract", contractId)
        .getResultList()
        .forEach(row -> importedAt.put((Long) row[0], (Instant) row[1]));
    return CrmFigures.newest(
        em.createQuery("select f from CrmFigure f where f.contractId = :contract", CrmFigure.class)
            .setParameter("contract", contractId)
            .getResultList(),
        importedAt,
        tolerancePercent,
        em.createQuery(
                "select e from CrmExplanation e where e.contractId = :contract",
                CrmExplanation.class)
            .setParameter("contract", contractId)
            .getResultStream()
            .map(CrmExplanation::explanation)
            .toList());
  }

  private static ReportInput.Settling settling(
      Contract contract, Collection<Settlement> settlements, Collection<LeadReturn> returns) {
    return settling(contract, settlements, returns, null);
  }

  /**
   * @param changed the settled periods changed since, or null when every one's values are read
   */
  private static ReportInput.Settling settling(
      Contract contract,
      Collection<Settlement> settlements,
      Collection<LeadReturn> returns,
      Set<Period> changed) {
    Map<Period, PeriodSpend> settled = new HashMap<>();
    settlements.forEach(settlement -> settled.put(settlement.period(), settlement.spend()));
    Map<Period, BigDecimal> late = DisputedLeads.returnedLate(contract, returns);
    return new ReportInput.Settling(settled, late, changed);
  }

  /**
   * The settled periods, by contract, with a value or a return recorded after they were settled:
   * only their payouts can have moved, and only their values are read again for adjustments.
   *
   * @param contracts a condition on the contract {@code c}, with its parameters
   */
  private Map<Long, Set<Period>> changedSinceSettled(
      String contracts, Map<String, Object> parameters) {
    Map<Long, Set<Period>> changed = new HashMap<>();
    for (String entity : List.of("MetricResult", "LeadReturn")) {
      TypedQuery<Object[]> query =
          em.createQuery(
              "select distinct s.contractId, s.periodStart, s.periodMonths from "
                  + entity
                  + " r, Settlement s, Contract c where s.contractId = r.contractId"
                  + " and s.periodStart = r.periodStart and r.recordedAt > s.settledAt"
                  + " and c.id = s.contractId and "
                  + contracts,
              Object[].class);
      parameters.forEach(query::setParameter);
      query
          .getResultStream()
          .forEach(
              row ->
                  changed
                      .computeIfAbsent((Long) row[0], contract -> new HashSet<>())
                      .add(period(row)));
    }
    return changed;
  }

  /** Adds the current values of the changed settled periods. */
  private void collectChanged(
      Map<Long, Map<Period, Map<String, BigDecimal>>> values, Map<Long, Set<Period>> changed) {
    if (changed.isEmpty()) {
      return;
    }
    collect(
        values,
        em.createQuery(
                VALUES + " where r.contractId in :ids and r.supersededBy is null", Object[].class)
            .setParameter("ids", List.copyOf(changed.keySet()))
            .getResultStream()
            .filter(row -> changed.get((Long) row[0]).contains(period(row))));
  }

  /** Current values as {@link #VALUES} reads them, by contract, period and metric. */
  private static void collect(
      Map<Long, Map<Period, Map<String, BigDecimal>>> values, Stream<Object[]> rows) {
    rows.forEach(
        row ->
            values
                .computeIfAbsent((Long) row[0], contract -> new HashMap<>())
                .computeIfAbsent(period(row), period -> new HashMap<>())
                .put((String) row[3], (BigDecimal) row[4]));
  }

  /** The period of a row whose second and third columns are a period's start and months. */
  private static Period period(Object[] row) {
    return new Period(YearMonth.from((LocalDate) row[1]), (Integer) row[2]);
  }

  private static Map<Period, PeriodResults> results(Map<Period, Map<String, BigDecimal>> values) {
    Map<Period, PeriodResults> results = new HashMap<>();
    values.forEach((period, metrics) -> results.put(period, new PeriodResults(metrics)));
    return results;
  }
}
