package io.outsight.registry.assessment;

import io.outsight.core.access.Roles;
import io.outsight.core.assessment.Assessment;
import io.outsight.core.assessment.AssessmentRepository;
import io.outsight.core.assessment.AssessmentStatus;
import io.outsight.core.assessment.builtin.VendorDueDiligence;
import io.outsight.core.rules.RuleViolation;
import io.outsight.core.vendor.Vendor;
import io.outsight.core.vendor.VendorDetails;
import io.outsight.core.vendor.VendorRepository;
import io.outsight.core.vendor.VendorStatus;
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

  private static final Set<VendorStatus> FIRST_ASSESSMENT =
      EnumSet.of(VendorStatus.PROSPECT, VendorStatus.REJECTED);
  private static final Set<VendorStatus> RE_ASSESSMENT =
      EnumSet.of(VendorStatus.APPROVED, VendorStatus.CONDITIONALLY_APPROVED, VendorStatus.ACTIVE);

  @Inject private AssessmentRepository assessments;

  @Inject private VendorRepository vendors;

  @EJB private QuestionnaireTemplates templates;

  @Inject private AssessmentRecords records;

  @Inject private AuditRecorder audit;

  @Resource private SessionContext session;

  @Inject
  @ConfigProperty(name = "outsight.reassessment.months", defaultValue = "12")
  private int reassessmentMonths;

  @Inject private PortalClock clock;

  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public long start(long vendorId) {
    Vendor vendor = vendor(vendorId);
    assessments
        .openDueDiligence(vendorId)
        .ifPresent(
            open -> {
              throw new RuleViolation(
                  "assessment.already-open",
                  "Vendor " + vendor.name() + " already has an open due diligence",
                  List.of(String.valueOf(open.id())));
            });
    if (FIRST_ASSESSMENT.contains(vendor.status())) {
      VendorDetails before = VendorDetails.of(vendor);
      vendor.moveTo(VendorStatus.UNDER_ASSESSMENT, null);
      audit.record(
          caller(), "Vendor", vendorId, "STATUS_CHANGED", before, VendorDetails.of(vendor));
    } else if (!RE_ASSESSMENT.contains(vendor.status())) {
      throw new RuleViolation(
          "vendor.not-assessable",
          "A " + vendor.status() + " vendor is not assessed",
          List.of(vendor.status().name()));
    }
    Assessment assessment =
        Assessment.ofVendor(
            vendorId, templates.latest(VendorDueDiligence.ID), caller(), clock.now());
    assessments.add(assessment);
    audit.record(
        caller(), "Assessment", assessment.id(), "STARTED", null, AssessmentState.of(assessment));
    return assessment.id();
  }

  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public AssessmentDetails submit(long assessmentId, long seenVersion) {
    Assessment assessment = dueDiligence(assessmentId, seenVersion);
    AssessmentState before = AssessmentState.of(assessment);
    assessment.submit(records.templateOf(assessment), caller(), clock.now());
    assessments.saveChanges(assessment);
    audit.record(
        caller(), "Assessment", assessmentId, "SUBMITTED", before, AssessmentState.of(assessment));
    return records.details(assessment);
  }

  /** A reviewer's decision: approve, approve with conditions, reject, or return to the assessor. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public AssessmentDetails decide(
      long assessmentId, long seenVersion, AssessmentStatus decision, String comment) {
    Assessment assessment = dueDiligence(assessmentId, seenVersion);
    AssessmentState assessmentBefore = AssessmentState.of(assessment);
    assessment.decide(decision, caller(), comment, clock.now());
    Vendor vendor = vendor(assessment.vendorId().orElseThrow());
    VendorDetails vendorBefore = VendorDetails.of(vendor);
    boolean firstAssessment = vendor.status() == VendorStatus.UNDER_ASSESSMENT;
    switch (decision) {
      case APPROVED, CONDITIONALLY_APPROVED -> {
        if (firstAssessment) {
          vendor.moveTo(
              decision == AssessmentStatus.APPROVED
                  ? VendorStatus.APPROVED
                  : VendorStatus.CONDITIONALLY_APPROVED,
              comment);
        }
        vendor.reassessBy(clock.today().plusMonths(reassessmentMonths));
      }
      case REJECTED ->
          vendor.moveTo(
              firstAssessment || vendor.status() == VendorStatus.CONDITIONALLY_APPROVED
                  ? VendorStatus.REJECTED
                  : VendorStatus.SUSPENDED,
              comment);
      default -> {}
    }
    assessments.saveChanges(assessment);
    audit.record(
        caller(),
        "Assessment",
        assessmentId,
        "DECIDED",
        assessmentBefore,
        AssessmentState.of(assessment));
    if (!VendorDetails.of(vendor).equals(vendorBefore)) {
      audit.record(
          caller(),
          "Vendor",
          vendor.id(),
          "STATUS_CHANGED",
          vendorBefore,
          VendorDetails.of(vendor));
    }
    return records.details(assessment);
  }

  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<AssessmentDetails> ofVendor(long vendorId) {
    return assessments.ofVendor(vendorId).stream().map(records::details).toList();
  }

  /** Approved vendors whose next assessment date has passed. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<Vendor> overdueReassessments() {
    return vendors.reassessmentDueBefore(clock.today());
  }

  private Assessment dueDiligence(long assessmentId, long seenVersion) {
    Assessment assessment = records.current(assessmentId, seenVersion);
    if (assessment.vendorId().isEmpty()) {
      throw new RuleViolation(
          "assessment.unknown",
          "No due diligence " + assessmentId,
          List.of(String.valueOf(assessmentId)));
    }
    return assessment;
  }

  private Vendor vendor(long vendorId) {
    return vendors
        .find(vendorId)
        .orElseThrow(
            () ->
                new RuleViolation(
                    "vendor.unknown", "No vendor " + vendorId, List.of(String.valueOf(vendorId))));
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
