package io.outsight.registry.assessment;

import io.outsight.core.assessment.Assessment;
import io.outsight.core.assessment.AssessmentRepository;
import io.outsight.core.link.VendorLink;
import io.outsight.core.rules.RuleViolation;
import io.outsight.core.vendor.VendorRepository;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Loading an assessment for a use case and showing it: the control the assessment boundaries share.
 * Runs in the calling boundary's transaction and security context.
 */
@Dependent
class AssessmentRecords {

  @Inject private AssessmentRepository assessments;

  @Inject private VendorRepository vendors;

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

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
    return published(assessment.templateId(), assessment.templateVersion());
  }

  /** A published version of a template; read here, without a role, for a vendor's link too. */
  QuestionnaireTemplate published(String templateId, int version) {
    return assessments
        .published(templateId, version)
        .orElseThrow(
            () ->
                new RuleViolation(
                    "template.unknown",
                    "No template " + templateId + " v" + version + " is published",
                    List.of(templateId, String.valueOf(version))))
        .template();
  }

  /**
   * Closes the assessment's questionnaire links still open, but the one it was submitted through:
   * what was submitted is for review, and should it be returned, the vendor answers again through a
   * new link.
   *
   * @param by who submitted it, named as the links' revoker
   */
  void closeLinks(Assessment assessment, VendorLink submittedThrough, String by, Instant at) {
    for (VendorLink link :
        em.createQuery(
                "select l from VendorLink l where l.assessmentId = :assessment"
                    + " and l.revokedAt is null and l.submittedAt is null",
                VendorLink.class)
            .setParameter("assessment", assessment.id())
            .getResultList()) {
      if (link != submittedThrough) {
        link.revoke(by, at);
      }
    }
  }
}
