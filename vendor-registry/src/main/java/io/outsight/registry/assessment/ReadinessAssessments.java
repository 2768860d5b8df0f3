package io.outsight.registry.assessment;

import io.outsight.core.access.Roles;
import io.outsight.core.assessment.Answer;
import io.outsight.core.assessment.Assessment;
import io.outsight.core.assessment.AssessmentKind;
import io.outsight.core.assessment.AssessmentRepository;
import io.outsight.core.assessment.QuestionnaireTemplate;
import io.outsight.core.assessment.builtin.ReadinessAssessment;
import io.outsight.core.rules.RuleViolation;
import io.outsight.registry.rules.RefuseRuleViolations;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Instant;
import java.util.List;

/**
 * Readiness assessments: should we outsource, and what? Each is saved under the decision it
 * informs, can be revised (the revision starts from its answers and the original stays), and any
 * of them can be compared side by side.
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@Interceptors(RefuseRuleViolations.class)
public class ReadinessAssessments {

  @Inject private AssessmentRepository assessments;

  @EJB private QuestionnaireTemplates templates;

  @Resource private SessionContext session;

  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public long start(String decision) {
    Assessment assessment =
        Assessment.ofReadiness(decision, templates.latest(ReadinessAssessment.ID), caller(), Instant.now());
    assessments.add(assessment);
    return assessment.id();
  }

  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public AssessmentDetails save(long assessmentId, long seenVersion, List<Answer> answers) {
    Assessment assessment = assessment(assessmentId);
    if (assessment.version() != seenVersion) {
      throw new RuleViolation("assessment.changed-meanwhile", "Someone else saved this assessment meanwhile: reload it",
          List.of(String.valueOf(assessment.version())));
    }
    QuestionnaireTemplate template = templateOf(assessment);
    assessment.answer(answers, template, caller(), Instant.now());
    assessments.saveChanges(assessment);
    return AssessmentDetails.of(assessment, template, assessment.title().orElseThrow());
  }

  /** A new revision of a readiness assessment, answered against the newest template version. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public long revise(long assessmentId) {
    Assessment revision = assessment(assessmentId).revisedBy(caller(), templates.latest(ReadinessAssessment.ID), Instant.now());
    assessments.add(revision);
    return revision.id();
  }

  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public AssessmentDetails details(long assessmentId) {
    Assessment assessment = assessment(assessmentId);
    return AssessmentDetails.of(assessment, templateOf(assessment), assessment.title().orElseThrow());
  }

  /** Every readiness assessment, newest first, with its score and advice, for comparing side by side. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<AssessmentDetails> all() {
    return assessments.ofKind(AssessmentKind.READINESS).stream()
        .map(assessment -> AssessmentDetails.of(assessment, templateOf(assessment), assessment.title().orElseThrow()))
        .toList();
  }

  private Assessment assessment(long assessmentId) {
    return assessments.find(assessmentId)
        .filter(found -> found.kind() == AssessmentKind.READINESS)
        .orElseThrow(() -> new RuleViolation("assessment.unknown", "No readiness assessment " + assessmentId,
            List.of(String.valueOf(assessmentId))));
  }

  private QuestionnaireTemplate templateOf(Assessment assessment) {
    return templates.version(assessment.templateId(), assessment.templateVersion());
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
