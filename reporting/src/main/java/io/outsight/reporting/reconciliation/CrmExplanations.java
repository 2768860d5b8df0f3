package io.outsight.reporting.reconciliation;

import io.outsight.core.access.Roles;
import io.outsight.core.contract.Contract;
import io.outsight.core.ledger.LedgerRules;
import io.outsight.core.reconciliation.CrmExplanation;
import io.outsight.core.rules.RuleViolation;
import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.report.ReconciliationLine;
import io.outsight.registry.audit.AuditRecorder;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.contract.ContractLookup;
import io.outsight.registry.rules.RefuseRuleViolations;
import io.outsight.reporting.contract.SuccessReports;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Explains a difference between the vendor's figures and our CRM's that is beyond the tolerance:
 * once explained, a report no longer counts it against the vendor, until the difference changes.
 * Procurement and administrators explain, but not whoever recorded the vendor's figure; each
 * explanation is audited.
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@Interceptors(RefuseRuleViolations.class)
public class CrmExplanations {

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @EJB private SuccessReports reports;

  @Inject private AuditRecorder audit;

  @Inject private PortalClock clock;

  @Resource private SessionContext session;

  /**
   * Explains the flagged difference of the metric in the period, and returns the line explained.
   *
   * @throws RuleViolation {@code contract.unknown}, {@code crm.explanation.period} for a period
   *     that is not one, {@code crm.explanation.reason} for a reason missing, longer than a reason
   *     is kept or not plain text, and {@code crm.explanation.nothing-to-explain} where the
   *     difference is within the tolerance, explained already, or not there at all, and {@code
   *     crm.explanation.four-eyes} for whoever recorded the vendor's figure
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public ReconciliationLine explain(long contractId, String period, String metric, String reason) {
    // the lock the ledger's writes take: the figures do not change while the line is read
    Contract contract = ContractLookup.locked(em, contractId);
    Period explained;
    try {
      explained = Period.parse(String.valueOf(period));
    } catch (IllegalArgumentException notAPeriod) {
      throw new RuleViolation(
          "crm.explanation.period",
          "Not a period such as 2026-10: " + period,
          List.of(String.valueOf(period)));
    }
    if (LedgerRules.refusesRequiredReason(reason).isPresent()) {
      throw new RuleViolation(
          "crm.explanation.reason",
          "A difference is explained in plain text of at most "
              + LedgerRules.REASON_LENGTH
              + " characters",
          List.of(String.valueOf(LedgerRules.REASON_LENGTH)));
    }
    ReconciliationLine line =
        reports.reconciliation(contractId).stream()
            .filter(found -> found.period().equals(explained) && found.metric().equals(metric))
            .filter(ReconciliationLine::unexplained)
            .findFirst()
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "crm.explanation.nothing-to-explain",
                        "No unexplained difference beyond the tolerance in "
                            + metric
                            + " of "
                            + explained
                            + " for "
                            + contract.reference(),
                        List.of(String.valueOf(metric), explained.toString())));
    String caller = session.getCallerPrincipal().getName();
    boolean ownFigure =
        !em.createQuery(
                "select r.id from MetricResult r where r.contractId = :contract and r.metric = :metric"
                    + " and r.periodStart = :start and r.supersededBy is null and r.recordedBy = :caller",
                Long.class)
            .setParameter("contract", contractId)
            .setParameter("metric", metric)
            .setParameter("start", explained.firstDay())
            .setParameter("caller", caller)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (ownFigure) {
      throw new RuleViolation(
          "crm.explanation.four-eyes",
          caller + " recorded the vendor's figure and cannot also explain its difference",
          List.of(metric, explained.toString()));
    }
    CrmExplanation explanation =
        new CrmExplanation(
            contractId, metric, explained, line.difference(), reason.strip(), caller, clock.now());
    em.persist(explanation);
    em.flush();
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("contract", contract.reference());
    state.put("period", explained.toString());
    state.put("metric", metric);
    state.put("reported", line.reported() == null ? "" : line.reported());
    state.put("crm", line.crm());
    state.put("difference", line.difference());
    state.put("reason", explanation.reason());
    audit.record(caller, "CrmExplanation", explanation.id(), "EXPLAINED", null, state);
    return line.explainedBy(explanation.explanation());
  }
}
