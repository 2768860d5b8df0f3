package io.outsight.registry.ledger;

import io.outsight.core.access.Roles;
import io.outsight.core.contract.Contract;
import io.outsight.core.ledger.LeadReturn;
import io.outsight.core.ledger.MetricResult;
import io.outsight.core.ledger.ResultSubmission;
import io.outsight.core.settlement.Settlement;
import io.outsight.extension.api.metric.Period;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.contract.ContractLookup;
import io.outsight.registry.extension.InstalledMetrics;
import io.outsight.registry.rules.RefuseRuleViolations;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the metric ledger holds, read: a contract's grid of current values, a value's history, the
 * submissions behind a contract's values, and the reports due and not received. Everyone signed in
 * reads.
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@Interceptors(RefuseRuleViolations.class)
public class LedgerReads {

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @Inject private PortalClock clock;

  @Inject private InstalledMetrics installed;

  /**
   * A contract's periods from its start to today or its end, newest first, with their current
   * values.
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<LedgerRow> grid(long contractId) {
    Contract contract = ContractLookup.found(em, contractId);
    List<MetricResult> values =
        em.createQuery(
                "select r from MetricResult r where r.contractId = :contract and r.supersededBy is null",
                MetricResult.class)
            .setParameter("contract", contractId)
            .getResultList();
    Map<Long, String> files = fileNames(values);
    Map<Period, Map<String, LedgerValue>> byPeriod = new HashMap<>();
    values.forEach(
        value ->
            byPeriod
                .computeIfAbsent(value.period(), period -> new LinkedHashMap<>())
                .put(value.metric(), ledgerValue(value, files)));
    LocalDate today = clock.today();
    Set<Period> late = new TreeSet<>(contract.lateReports(byPeriod.keySet(), today));
    LocalDate last =
        contract.term().currentEnd(today).filter(end -> end.isBefore(today)).orElse(today);
    List<LedgerRow> rows = new ArrayList<>();
    for (Period period =
            Period.containing(contract.term().start(), contract.schedule().cadence().months());
        !period.firstDay().isAfter(last);
        period = period.next()) {
      rows.add(
          0,
          new LedgerRow(
              period.toString(),
              contract.schedule().dueDate(period),
              late.contains(period),
              byPeriod.getOrDefault(period, Map.of())));
    }
    return rows;
  }

  /**
   * Every value recorded for a contract, metric and period, the current one first, then what it
   * superseded.
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<LedgerValue> history(long contractId, String metric, String period) {
    Period asked = Period.parse(period);
    List<MetricResult> values =
        em.createQuery(
                "select r from MetricResult r where r.contractId = :contract and r.metric = :metric"
                    + " and r.periodStart = :start order by r.id desc",
                MetricResult.class)
            .setParameter("contract", contractId)
            .setParameter("metric", metric)
            .setParameter("start", asked.firstDay())
            .getResultList();
    Map<Long, String> files = fileNames(values);
    return values.stream().map(value -> ledgerValue(value, files)).toList();
  }

  /**
   * The leads returned under a contract, the latest first, each with what it does to the payouts.
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<ReturnedLeads> returns(long contractId) {
    Contract contract = ContractLookup.found(em, contractId);
    Map<LocalDate, Instant> settledAt = new HashMap<>();
    em.createQuery("select s from Settlement s where s.contractId = :contract", Settlement.class)
        .setParameter("contract", contractId)
        .getResultStream()
        .forEach(
            settlement -> settledAt.put(settlement.period().firstDay(), settlement.settledAt()));
    List<LeadReturn> returns =
        em.createQuery(
                "select r from LeadReturn r where r.contractId = :contract"
                    + " order by r.returnedOn desc, r.id desc",
                LeadReturn.class)
            .setParameter("contract", contractId)
            .getResultList();
    Map<Long, String> files =
        fileNames(
            returns.stream().map(LeadReturn::submissionId).flatMap(Optional::stream).toList());
    boolean credits =
        installed
            .compensationModel(contract.compensation().modelId())
            .filter(model -> model.creditsReturns(contract.compensation()))
            .isPresent();
    return returns.stream()
        .map(
            returned -> {
              Instant settled = settledAt.get(returned.delivery().firstDay());
              ReturnedLeads.Credit credit =
                  !returned.credited(contract)
                      ? ReturnedLeads.Credit.NOT_CREDITED
                      : !credits
                          ? ReturnedLeads.Credit.NO_EFFECT
                          : settled != null && settled.isBefore(returned.recordedAt())
                              ? ReturnedLeads.Credit.ADJUSTED
                              : ReturnedLeads.Credit.CREDITED;
              LocalDate windowCloses = contract.disputeWindowCloses(returned.delivery());
              return new ReturnedLeads(
                  returned.id(),
                  returned.delivery().toString(),
                  returned.returnedOn(),
                  returned.leads(),
                  returned.reason().orElse(null),
                  windowCloses,
                  credit,
                  returned.source(),
                  returned.recordedBy(),
                  returned.recordedAt(),
                  returned.submissionId().map(files::get).orElse(null),
                  returned.sourceLine().orElse(null),
                  returned.credited(contract)
                      && clock.dayOf(returned.recordedAt()).isAfter(windowCloses));
            })
        .toList();
  }

  /** The periods a report on the contract can cover today, oldest first. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<Period> reportablePeriods(long contractId) {
    return ContractLookup.found(em, contractId).reportablePeriods(clock.today());
  }

  /** The submissions that brought values, current or superseded, to these contracts. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<Long> submissionsFor(Collection<Long> contractIds) {
    if (contractIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select distinct r.submissionId from MetricResult r where r.contractId in :contracts",
            Long.class)
        .setParameter("contracts", contractIds)
        .getResultList();
  }

  /**
   * The reports due and not received for running contracts, of one vendor or of all when {@code
   * vendorId} is null.
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<LateReport> lateReports(Long vendorId) {
    return LateReports.find(em, vendorId, clock.today());
  }

  private Map<Long, String> fileNames(List<MetricResult> values) {
    return fileNames(values.stream().map(MetricResult::submissionId).toList());
  }

  /** The names of the files among these submissions, by submission. */
  private Map<Long, String> fileNames(Collection<Long> submissionIds) {
    Set<Long> submissions = new HashSet<>(submissionIds);
    if (submissions.isEmpty()) {
      return Map.of();
    }
    Map<Long, String> names = new HashMap<>();
    em.createQuery("select s from ResultSubmission s where s.id in :ids", ResultSubmission.class)
        .setParameter("ids", submissions)
        .getResultList()
        .forEach(
            submission ->
                submission.fileName().ifPresent(name -> names.put(submission.id(), name)));
    return names;
  }

  private static LedgerValue ledgerValue(MetricResult value, Map<Long, String> files) {
    return new LedgerValue(
        value.id(),
        value.metric(),
        value.period().toString(),
        value.value(),
        value.source(),
        value.recordedBy(),
        value.recordedAt(),
        value.submissionId(),
        files.get(value.submissionId()),
        value.sourceLine().orElse(null),
        value.correctionReason().orElse(null),
        value.current());
  }
}
