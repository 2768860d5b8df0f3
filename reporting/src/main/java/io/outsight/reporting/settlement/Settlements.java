package io.outsight.reporting.settlement;

import io.outsight.core.access.Roles;
import io.outsight.core.contract.Contract;
import io.outsight.core.report.ContractReports;
import io.outsight.core.report.ReportInput;
import io.outsight.core.rules.RuleViolation;
import io.outsight.core.settlement.Settlement;
import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.money.Money;
import io.outsight.extension.api.report.PeriodSpend;
import io.outsight.registry.audit.AuditRecorder;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.contract.ContractLookup;
import io.outsight.registry.rules.RefuseRuleViolations;
import io.outsight.reporting.contract.ReportInputs;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Settles a contract's periods: the period's spend and its lines frozen with their digest, audited.
 * Periods are settled in order, once each, after they end, and by someone other than whoever last
 * changed the period's values or returns. Once every period of a fixed-term contract's term is
 * settled, adjustments to them wait in the period after the term, which is settled for them alone.
 * Procurement and administrators settle.
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@Interceptors(RefuseRuleViolations.class)
public class Settlements {

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @EJB private ReportInputs inputs;

  @Inject private AuditRecorder audit;

  @Inject private PortalClock clock;

  @Resource private SessionContext session;

  /**
   * Settles the period and returns its spend as frozen.
   *
   * @param seenTotal the total the one settling was shown, or null: when the period's spend has
   *     changed since, nothing is settled
   * @throws RuleViolation {@code settlement.not-ended} before the period ends, {@code
   *     settlement.after-term} for a period after a fixed-term contract's term that carries no
   *     adjustment, {@code settlement.already}, {@code settlement.earlier-open} while an earlier
   *     period is open, {@code settlement.four-eyes} for whoever last changed the period's values
   *     or, after they were settled, those of a period it adjusts, and {@code
   *     settlement.changed-meanwhile}
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public PeriodSpend settle(long contractId, Period period, Money seenTotal) {
    // the lock the ledger's writes take: no value of the contract changes while it is settled
    Contract contract = ContractLookup.locked(em, contractId);
    if (!contract.isSettleable(period, clock.today())) {
      throw new RuleViolation(
          "settlement.not-ended",
          "Only a period of the contract that has ended is settled, not " + period,
          List.of(period.toString(), contract.reference()));
    }
    ReportInput input = inputs.payoutInput(contractId, period, period);
    if (input.settling().settled().containsKey(period)) {
      PeriodSpend.Settled earlier = input.settling().settled().get(period).settled();
      throw new RuleViolation(
          "settlement.already",
          period + " of " + contract.reference() + " was settled by " + earlier.by(),
          List.of(period.toString(), earlier.by(), earlier.at().toString()));
    }
    Period firstOpen = ContractReports.firstOpen(input);
    if (!firstOpen.equals(period)) {
      throw new RuleViolation(
          "settlement.earlier-open",
          "Periods are settled in order: " + firstOpen + " comes before " + period,
          List.of(period.toString(), firstOpen.toString()));
    }
    String caller = session.getCallerPrincipal().getName();
    if (lastChangedBy(contractId, period).filter(caller::equals).isPresent()
        || changedAfterSettlement(contractId).contains(caller)) {
      throw new RuleViolation(
          "settlement.four-eyes",
          caller + " last changed the values of " + period + " and cannot also settle it",
          List.of(period.toString()));
    }
    PeriodSpend spend = ContractReports.spendOf(input, period);
    if (contract.isAfterTerm(period) && spend.lines().isEmpty()) {
      throw new RuleViolation(
          "settlement.after-term",
          period + " is after the term of " + contract.reference() + " and carries no adjustment",
          List.of(period.toString(), contract.reference()));
    }
    if (seenTotal != null && spend.total().compareTo(seenTotal) != 0) {
      throw new RuleViolation(
          "settlement.changed-meanwhile",
          "The spend of " + period + " is " + spend.total() + " now, not " + seenTotal,
          List.of(period.toString(), spend.total().toString()));
    }
    Settlement settlement =
        new Settlement(contractId, contract.reference(), spend, caller, clock.now());
    em.persist(settlement);
    em.flush();
    Map<String, Object> settled = new LinkedHashMap<>();
    settled.put("contract", contract.reference());
    settled.put("period", period.toString());
    settled.put("total", settlement.total().amount());
    settled.put("currency", settlement.total().currency().getCurrencyCode());
    settled.put("digest", settlement.digest());
    audit.record(caller, "Settlement", settlement.id(), "SETTLED", null, settled);
    return settlement.spend();
  }

  /**
   * Who changed a value or a return of a settled period after it was settled: such a change is an
   * adjustment in the period settled next, and its author does not settle it.
   */
  private Set<String> changedAfterSettlement(long contractId) {
    Set<String> authors = new HashSet<>();
    for (String entity : List.of("MetricResult", "LeadReturn")) {
      authors.addAll(
          em.createQuery(
                  "select distinct r.recordedBy from "
                      + entity
                      + " r, Settlement s where r.contractId = :contract"
                      + " and s.contractId = r.contractId and s.periodStart = r.periodStart"
                      + " and r.recordedAt > s.settledAt",
                  String.class)
              .setParameter("contract", contractId)
              .getResultList());
    }
    return authors;
  }

  /** Who recorded the latest value or return of the period, if anyone did. */
  private Optional<String> lastChangedBy(long contractId, Period period) {
    record Change(String by, Instant at) {}
    Optional<Change> value =
        em.createQuery(
                "select r.recordedBy, r.recordedAt from MetricResult r where r.contractId = :contract"
                    + " and r.periodStart = :start order by r.recordedAt desc, r.id desc",
                Object[].class)
            .setParameter("contract", contractId)
            .setParameter("start", period.firstDay())
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .map(row -> new Change((String) row[0], (Instant) row[1]));
    Optional<Change> returned =
        em.createQuery(
                "select r.recordedBy, r.recordedAt from LeadReturn r where r.contractId = :contract"
                    + " and r.periodStart = :start order by r.recordedAt desc, r.id desc",
                Object[].class)
            .setParameter("contract", contractId)
            .setParameter("start", period.firstDay())
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .map(row -> new Change((String) row[0], (Instant) row[1]));
    return value
        .filter(change -> returned.isEmpty() || !change.at().isBefore(returned.get().at()))
        .or(() -> returned)
        .map(Change::by);
  }
}
