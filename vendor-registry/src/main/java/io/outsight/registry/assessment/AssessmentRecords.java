package io.outsight.registry.assessment;

import io.outsight.core.assessment.Assessment;
import io.outsight.core.assessment.AssessmentRepository;
import io.outsight.core.rules.RuleViolation;
import io.outsight.core.vendor.VendorRepository;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Loading an assessment for a use case and showing it: the control the assessment boundaries share.
 * Runs in the calling boundary's transaction and security context.
 */
@Dependent
class AssessmentRecords {

  @Inject private AssessmentRepository assessments;

  @Inject private VendorRepository vendors;

  @EJB private QuestionnaireTemplates templates;

  AssessmentDetails details(Assessment assessment) {
    String subject =
        assessment
            .vendorId()
            .map(vendorId -> vendors.find(vendorId).orElseThrow().name())
            .orElseGet(() -> assessment.title().orElseThrow());
    return AssessmentDetails.of(assessment, templateOf(assessment), subject);
  }

  /** The assessment as the user saw it; a newer version means someone else saved it meanwhile. */
  Assessment current(long assessmentId, long seenVersion) {
    Assessment assessment = find(assessmentId);
    if (assessment.version() != seenVersion) {
      throw new RuleViolation(
          "assessment.changed-meanwhile",
          "Someone else saved this assessment meanwhile: reload it",
          List.of(String.valueOf(assessment.version())));
    }
    return assessment;
  }

  Assessment find(long assessmentId) {
    return assessments
        .find(assessmentId)
        .orElseThrow(
            () ->
                new RuleViolation(
                    "assessment.unknown",
                    "No assessment " + assessmentId,
                    List.of(String.valueOf(assessmentId))));
  }

  QuestionnaireTemplate templateOf(Assessment assessment) {
    return templates.version(assessment.templateId(), assessment.templateVersion());
  }
}
