package io.outsight.registry.assessment;

import io.outsight.core.access.Roles;
import io.outsight.core.assessment.Assessment;
import io.outsight.core.assessment.AssessmentKind;
import io.outsight.core.assessment.AssessmentRepository;
import io.outsight.core.assessment.builtin.ReadinessAssessment;
import io.outsight.core.rules.RuleViolation;
import io.outsight.registry.audit.AuditRecorder;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.rules.RefuseRuleViolations;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.List;

/**
 * Readiness assessments: should we outsource, and what? Each is saved under the decision it informs
 * (its answers through {@link Assessments}), can be revised (the revision starts from its answers
 * and the original stays), and any of them can be compared side by side.
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@Interceptors(RefuseRuleViolations.class)
public class ReadinessAssessments {

  @Inject private AssessmentRepository assessments;

  @EJB private QuestionnaireTemplates templates;

  @Inject private AssessmentRecords records;

  @Inject private AuditRecorder audit;

  @Resource private SessionContext session;

  @Inject private PortalClock clock;

  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public long start(String decision) {
    Assessment assessment =
        Assessment.ofReadiness(
            decision, templates.latest(ReadinessAssessment.ID), caller(), clock.now());
    assessments.add(assessment);
    audit.record(
        caller(), "Assessment", assessment.id(), "STARTED", null, AssessmentState.of(assessment));
    return assessment.id();
  }

  /** A new revision of a readiness assessment, answered against the newest template version. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public long revise(long assessmentId) {
    Assessment revision =
        assessment(assessmentId)
            .revisedBy(caller(), templates.latest(ReadinessAssessment.ID), clock.now());
    assessments.add(revision);
    audit.record(
        caller(), "Assessment", revision.id(), "REVISED", null, AssessmentState.of(revision));
    return revision.id();
  }

  /**
   * Every readiness assessment, newest first, with its score and advice, for comparing side by
   * side.
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<AssessmentDetails> all() {
    return assessments.ofKind(AssessmentKind.READINESS).stream().map(records::details).toList();
  }

  private Assessment assessment(long assessmentId) {
    return assessments
        .find(assessmentId)
        .filter(found -> found.kind() == AssessmentKind.READINESS)
        .orElseThrow(
            () ->
                new RuleViolation(
                    "assessment.unknown",
                    "No readiness assessment " + assessmentId,
                    List.of(String.valueOf(assessmentId))));
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
