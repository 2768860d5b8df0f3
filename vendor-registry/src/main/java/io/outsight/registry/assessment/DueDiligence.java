package io.outsight.registry.assessment;

import io.outsight.core.access.Roles;
import io.outsight.core.assessment.Answer;
import io.outsight.core.assessment.Assessment;
import io.outsight.core.assessment.AssessmentRepository;
import io.outsight.core.assessment.AssessmentStatus;
import io.outsight.core.assessment.QuestionnaireTemplate;
import io.outsight.core.assessment.builtin.VendorDueDiligence;
import io.outsight.core.rules.RuleViolation;
import io.outsight.core.vendor.Vendor;
import io.outsight.core.vendor.VendorRepository;
import io.outsight.core.vendor.VendorStatus;
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
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Vendor due diligence, from a draft to a reviewer's decision. Starting it puts a prospect under
 * assessment; the decision approves, conditionally approves or rejects the vendor, and an approval
 * sets the date of the next assessment. A vendor already approved or active is re-assessed without
 * leaving its state, unless the re-assessment rejects it: then it is suspended.
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@Interceptors(RefuseRuleViolations.class)
public class DueDiligence {

  private static final Set<VendorStatus> FIRST_ASSESSMENT = EnumSet.of(VendorStatus.PROSPECT, VendorStatus.REJECTED);
  private static final Set<VendorStatus> RE_ASSESSMENT =
      EnumSet.of(VendorStatus.APPROVED, VendorStatus.CONDITIONALLY_APPROVED, VendorStatus.ACTIVE);

  @Inject private AssessmentRepository assessments;

  @Inject private VendorRepository vendors;

  @EJB private QuestionnaireTemplates templates;

  @Resource private SessionContext session;

  @Inject
  @ConfigProperty(name = "outsight.reassessment.months", defaultValue = "12")
  private int reassessmentMonths;

  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public long start(long vendorId) {
    Vendor vendor = vendor(vendorId);
    assessments.openDueDiligence(vendorId).ifPresent(open -> {
      throw new RuleViolation("assessment.already-open", "Vendor " + vendor.name() + " already has an open due diligence",
          List.of(String.valueOf(open.id())));
    });
    if (FIRST_ASSESSMENT.contains(vendor.status())) {
      vendor.moveTo(VendorStatus.UNDER_ASSESSMENT, null);
    } else if (!RE_ASSESSMENT.contains(vendor.status())) {
      throw new RuleViolation("vendor.not-assessable", "A " + vendor.status() + " vendor is not assessed", List.of(vendor.status().name()));
    }
    Assessment assessment = Assessment.ofVendor(vendorId, templates.latest(VendorDueDiligence.ID), caller(), Instant.now());
    assessments.add(assessment);
    return assessment.id();
  }

  /**
   * Saves the answers of a draft.
   *
   * @param seenVersion the version the user edited; a newer one means someone else saved meanwhile
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public AssessmentDetails saveDraft(long assessmentId, long seenVersion, List<Answer> answers) {
    Assessment assessment = current(assessmentId, seenVersion);
    QuestionnaireTemplate template = templateOf(assessment);
    assessment.answer(answers, template, caller(), Instant.now());
    assessments.saveChanges(assessment);
    return details(assessment, template);
  }

  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public AssessmentDetails submit(long assessmentId, long seenVersion) {
    Assessment assessment = current(assessmentId, seenVersion);
    QuestionnaireTemplate template = templateOf(assessment);
    assessment.submit(template, caller(), Instant.now());
    assessments.saveChanges(assessment);
    return details(assessment, template);
  }

  /** A reviewer's decision: approve, approve with conditions, reject, or return to the assessor. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public AssessmentDetails decide(long assessmentId, long seenVersion, AssessmentStatus decision, String comment) {
    Assessment assessment = current(assessmentId, seenVersion);
    assessment.decide(decision, caller(), comment, Instant.now());
    Vendor vendor = vendor(assessment.vendorId().orElseThrow());
    boolean firstAssessment = vendor.status() == VendorStatus.UNDER_ASSESSMENT;
    switch (decision) {
      case APPROVED, CONDITIONALLY_APPROVED -> {
        if (firstAssessment) {
          vendor.moveTo(decision == AssessmentStatus.APPROVED ? VendorStatus.APPROVED : VendorStatus.CONDITIONALLY_APPROVED, comment);
        }
        vendor.reassessBy(LocalDate.now().plusMonths(reassessmentMonths));
      }
      case REJECTED -> vendor.moveTo(firstAssessment || vendor.status() == VendorStatus.CONDITIONALLY_APPROVED
          ? VendorStatus.REJECTED : VendorStatus.SUSPENDED, comment);
      default -> { }
    }
    assessments.saveChanges(assessment);
    return details(assessment, templateOf(assessment));
  }

  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public AssessmentDetails details(long assessmentId) {
    Assessment assessment = assessment(assessmentId);
    return details(assessment, templateOf(assessment));
  }

  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<AssessmentDetails> ofVendor(long vendorId) {
    return assessments.ofVendor(vendorId).stream().map(assessment -> details(assessment, templateOf(assessment))).toList();
  }

  /** Approved vendors whose next assessment date has passed. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<Vendor> overdueReassessments() {
    return vendors.reassessmentDueBefore(LocalDate.now());
  }

  private AssessmentDetails details(Assessment assessment, QuestionnaireTemplate template) {
    return AssessmentDetails.of(assessment, template, vendor(assessment.vendorId().orElseThrow()).name());
  }

  private Assessment current(long assessmentId, long seenVersion) {
    Assessment assessment = assessment(assessmentId);
    if (assessment.version() != seenVersion) {
      throw new RuleViolation("assessment.changed-meanwhile", "Someone else saved this assessment meanwhile: reload it",
          List.of(String.valueOf(assessment.version())));
    }
    return assessment;
  }

  private Assessment assessment(long assessmentId) {
    return assessments.find(assessmentId)
        .filter(found -> found.vendorId().isPresent())
        .orElseThrow(() -> new RuleViolation("assessment.unknown", "No due diligence " + assessmentId, List.of(String.valueOf(assessmentId))));
  }

  private Vendor vendor(long vendorId) {
    return vendors.find(vendorId)
        .orElseThrow(() -> new RuleViolation("vendor.unknown", "No vendor " + vendorId, List.of(String.valueOf(vendorId))));
  }

  private QuestionnaireTemplate templateOf(Assessment assessment) {
    return templates.version(assessment.templateId(), assessment.templateVersion());
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
