package io.outsight.registry.assessment;

import io.outsight.core.access.Roles;
import io.outsight.core.assessment.Answer;
import io.outsight.core.assessment.Assessment;
import io.outsight.core.assessment.AssessmentRepository;
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
import java.util.List;
import java.util.Optional;

/**
 * What every assessment shares, whatever it assesses: reading it, and saving its answers as a
 * draft.
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@Interceptors(RefuseRuleViolations.class)
public class Assessments {

  @Inject private AssessmentRecords records;

  @Inject private AssessmentRepository assessments;

  @Resource private SessionContext session;

  @Inject private AuditRecorder audit;

  @Inject private PortalClock clock;

  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public AssessmentDetails details(long assessmentId) {
    return records.details(records.find(assessmentId));
  }

  /** The assessment, or none when there is no such assessment. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public Optional<AssessmentDetails> find(long assessmentId) {
    return assessments.find(assessmentId).map(records::details);
  }

  /**
   * Saves the answers of a draft.
   *
   * @param seenVersion the version the user edited; a newer one means someone else saved meanwhile
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public AssessmentDetails save(long assessmentId, long seenVersion, List<Answer> answers) {
    Assessment assessment = records.current(assessmentId, seenVersion);
    AssessmentState before = AssessmentState.of(assessment);
    String caller = session.getCallerPrincipal().getName();
    assessment.answer(answers, records.templateOf(assessment), caller, clock.now());
    assessments.saveChanges(assessment);
    audit.record(
        caller, "Assessment", assessmentId, "ANSWERED", before, AssessmentState.of(assessment));
    return records.details(assessment);
  }
}
