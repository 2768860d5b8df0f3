package io.outsight.registry.assessment;

import io.outsight.core.access.Roles;
import io.outsight.core.assessment.Answer;
import io.outsight.core.assessment.Assessment;
import io.outsight.core.assessment.AssessmentKind;
import io.outsight.core.assessment.AssessmentRepository;
import io.outsight.core.link.VendorLink;
import io.outsight.core.rules.RuleViolation;
import io.outsight.extension.api.LocalizedText;
import io.outsight.registry.audit.AuditRecorder;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.rules.RefuseRuleViolations;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A vendor's own answers to its due diligence (or a check), given through the link procurement sent
 * its contact: drafts saved as often as the contact likes, then a submission that hands the
 * assessment to review as the assessor's would. Every change is audited under the link's name.
 * Local: reached from the vendor links' boundary alone, which finds the link, locked, from its
 * token.
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.ADMIN})
@PermitAll
@Interceptors(RefuseRuleViolations.class)
public class VendorAnswers {

  @Inject private AssessmentRecords records;

  @Inject private AssessmentRepository assessments;

  @Inject private AuditRecorder audit;

  @Inject private PortalClock clock;

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  /**
   * What a link may be issued for: a vendor's due diligence still being answered. A check is not:
   * submitting completes it, and a vendor completes nothing on its own.
   *
   * @return the vendor and the questionnaire's title
   * @throws RuleViolation {@code link.assessment-unknown}, {@code link.assessment-not-open}
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public Assignable assignable(long assessmentId) {
    Assessment assessment =
        assessments
            .find(assessmentId)
            .filter(found -> found.kind() == AssessmentKind.VENDOR_DUE_DILIGENCE)
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "link.assessment-unknown",
                        "No due diligence " + assessmentId,
                        List.of(String.valueOf(assessmentId))));
    if (!assessment.status().editable()) {
      throw new RuleViolation(
          "link.assessment-not-open",
          "A " + assessment.status() + " assessment is not answered any more",
          List.of(assessment.status().name()));
    }
    return new Assignable(
        assessment.vendorId().orElseThrow(), records.templateOf(assessment).title());
  }

  /**
   * A vendor's assessment a link may be issued for.
   *
   * @param title the questionnaire's title, for the mail
   */
  public record Assignable(long vendorId, LocalizedText title) {}

  /** A link opened from its token and locked in this transaction: nothing else is answered from. */
  private void requireOpened(VendorLink link) {
    if (!em.contains(link)
        || link.purpose() != VendorLink.Purpose.QUESTIONNAIRE
        || !link.opensAt(clock.now())) {
      throw new IllegalStateException("a link must be opened and locked before it answers");
    }
  }

  /** The assessment the link answers, while it can still be answered. */
  public Optional<AssessmentDetails> answerable(VendorLink link) {
    return link.assessmentId()
        .flatMap(assessments::find)
        .filter(assessment -> assessment.status().editable())
        .map(records::details);
  }

  /**
   * Saves the contact's answers as a draft.
   *
   * @param seenVersion the version the contact answered; a newer one means someone saved meanwhile
   */
  public AssessmentDetails answer(VendorLink link, long seenVersion, List<Answer> answers) {
    requireOpened(link);
    Assessment assessment = records.current(link.assessmentId().orElseThrow(), seenVersion);
    AssessmentState before = AssessmentState.of(assessment);
    assessment.answerThroughLink(link, answers, records.templateOf(assessment), clock.now());
    assessments.saveChanges(assessment);
    audit.record(
        VendorLink.actor(link),
        "Assessment",
        assessment.id(),
        "ANSWERED",
        before,
        AssessmentState.of(assessment));
    return records.details(assessment);
  }

  /**
   * Hands what the contact answered to review; every question must have an answer. The link has
   * then done its work, and the assessment's other links close.
   */
  public AssessmentDetails submit(VendorLink link, long seenVersion) {
    requireOpened(link);
    Assessment assessment = records.current(link.assessmentId().orElseThrow(), seenVersion);
    AssessmentState before = AssessmentState.of(assessment);
    Instant now = clock.now();
    assessment.submitThroughLink(link, records.templateOf(assessment), now);
    link.submittedAt(now);
    records.closeLinks(assessment, link, VendorLink.actor(link), now);
    assessments.saveChanges(assessment);
    audit.record(
        VendorLink.actor(link),
        "Assessment",
        assessment.id(),
        "SUBMITTED",
        before,
        AssessmentState.of(assessment));
    return records.details(assessment);
  }
}
