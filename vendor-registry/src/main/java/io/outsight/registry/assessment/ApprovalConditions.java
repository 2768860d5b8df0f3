package io.outsight.registry.assessment;

import io.outsight.core.access.Roles;
import io.outsight.core.assessment.ApprovalCondition;
import io.outsight.core.rules.RuleViolation;
import io.outsight.registry.audit.AuditRecorder;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.rules.RefuseRuleViolations;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The conditions conditional approvals set, followed up: listed per vendor and, while open, across
 * the portfolio, and closed with a note on how each was met.
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@Interceptors(RefuseRuleViolations.class)
public class ApprovalConditions {

  private static final String WITH_VENDOR =
      "select c, v.name from ApprovalCondition c, Vendor v where v.id = c.vendorId";

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @Inject private AuditRecorder audit;

  @Inject private PortalClock clock;

  @Resource private SessionContext session;

  /** A vendor's conditions, open ones first, then by due date. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<ConditionDetails> ofVendor(long vendorId) {
    return details(
            em.createQuery(
                    WITH_VENDOR + " and c.vendorId = :vendor order by c.dueOn, c.id",
                    Object[].class)
                .setParameter("vendor", vendorId)
                .getResultList())
        .stream()
        .sorted(Comparator.comparing(ConditionDetails::open).reversed())
        .toList();
  }

  /** Every open condition, the earliest due first. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<ConditionDetails> open() {
    return details(
        em.createQuery(
                WITH_VENDOR + " and c.closedAt is null order by c.dueOn, c.id", Object[].class)
            .getResultList());
  }

  /** The conditions a due diligence's conditional approval set. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<ConditionDetails> ofAssessment(long assessmentId) {
    return details(
        em.createQuery(
                WITH_VENDOR + " and c.assessmentId = :assessment order by c.id", Object[].class)
            .setParameter("assessment", assessmentId)
            .getResultList());
  }

  /**
   * Closes a condition with a note on how it was met.
   *
   * @throws RuleViolation {@code condition.changed-meanwhile} when someone closed or changed it
   *     since it was read
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public ConditionDetails close(long conditionId, long seenVersion, String note) {
    ApprovalCondition condition = em.find(ApprovalCondition.class, conditionId);
    if (condition == null) {
      throw new RuleViolation(
          "condition.unknown", "No condition " + conditionId, List.of(String.valueOf(conditionId)));
    }
    if (condition.version() != seenVersion) {
      throw new RuleViolation(
          "condition.changed-meanwhile",
          "Someone else changed this condition meanwhile: reload it",
          List.of(String.valueOf(condition.version())));
    }
    String vendorName = vendorName(condition.vendorId());
    ConditionDetails before = ConditionDetails.of(condition, vendorName, clock.today());
    condition.close(caller(), note, clock.now());
    try {
      em.flush();
    } catch (OptimisticLockException concurrent) {
      throw new RuleViolation(
          "condition.changed-meanwhile",
          "Someone else changed this condition meanwhile: reload it",
          List.of(String.valueOf(seenVersion)));
    }
    ConditionDetails after = ConditionDetails.of(condition, vendorName, clock.today());
    audit.record(caller(), "ApprovalCondition", conditionId, "CLOSED", before, after);
    return after;
  }

  private String vendorName(long vendorId) {
    return em.createQuery("select v.name from Vendor v where v.id = :id", String.class)
        .setParameter("id", vendorId)
        .getSingleResult();
  }

  private List<ConditionDetails> details(List<Object[]> rows) {
    LocalDate today = clock.today();
    return rows.stream()
        .map(row -> ConditionDetails.of((ApprovalCondition) row[0], (String) row[1], today))
        .toList();
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
