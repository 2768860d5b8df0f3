package io.outsight.registry.assessment;

import io.outsight.core.access.Roles;
import io.outsight.core.assessment.ApprovalCondition;
import io.outsight.core.assessment.Assessment;
import io.outsight.core.assessment.AssessmentRepository;
import io.outsight.core.assessment.ReassessmentIntervals;
import io.outsight.core.assessment.ReviewDecision;
import io.outsight.core.assessment.builtin.VendorDueDiligence;
import io.outsight.core.rules.RuleViolation;
import io.outsight.core.vendor.Vendor;
import io.outsight.core.vendor.VendorDetails;
import io.outsight.core.vendor.VendorRepository;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Vendor due diligence, from a draft to a reviewer's decision. Starting it puts a prospect under
 * assessment; the decision approves, conditionally approves or rejects the vendor, and an approval
 * sets the date of the next assessment. A vendor already approved or active is re-assessed without
 * leaving its state, unless the re-assessment rejects it: then it is suspended. Beside it, a vendor
 * may be checked against further questionnaires: a check is answered and submitted the same way,
 * and decides nothing.
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@Interceptors(RefuseRuleViolations.class)
public class DueDiligence {

  @Inject private AssessmentRepository assessments;

  @Inject private VendorRepository vendors;

  @EJB private QuestionnaireTemplates templates;

  @Inject private AssessmentRecords records;

  @Inject private AuditRecorder audit;

  @Resource private SessionContext session;

  @Inject
  @ConfigProperty(name = "outsight.reassessment.months.critical", defaultValue = "6")
  private int criticalMonths;

  @Inject
  @ConfigProperty(name = "outsight.reassessment.months.high", defaultValue = "12")
  private int highMonths;

  @Inject
  @ConfigProperty(name = "outsight.reassessment.months.other", defaultValue = "24")
  private int otherMonths;

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

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
    VendorDetails before = VendorDetails.of(vendor);
    vendor.dueDiligenceStarted();
    if (!VendorDetails.of(vendor).equals(before)) {
      audit.record(
          caller(), "Vendor", vendorId, "STATUS_CHANGED", before, VendorDetails.of(vendor));
    }
    return started(
        Assessment.ofVendor(
            vendorId, templates.latest(VendorDueDiligence.ID), caller(), clock.now()));
  }

  /**
   * Checks a vendor against a further questionnaire (QuestionnaireTemplates.vendorChecks), beside
   * its due diligence: it leaves the vendor's state as it is, and submitting it completes it.
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public long startCheck(long vendorId, String templateId) {
    Vendor vendor = vendor(vendorId);
    QuestionnaireTemplate template =
        templates.vendorChecks().stream()
            .filter(offered -> offered.id().equals(templateId))
            .findFirst()
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "assessment.not-a-check",
                        "No questionnaire " + templateId + " to check a vendor against",
                        List.of(String.valueOf(templateId))));
    return started(Assessment.ofVendorCheck(vendor.id(), template, caller(), clock.now()));
  }

  private long started(Assessment assessment) {
    assessments.add(assessment);
    audit.record(
        caller(), "Assessment", assessment.id(), "STARTED", null, AssessmentState.of(assessment));
    return assessment.id();
  }

  /**
   * Hands a due diligence to a reviewer, or completes a check; a vendor's links to answer it close.
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public AssessmentDetails submit(long assessmentId, long seenVersion) {
    Assessment assessment = dueDiligence(assessmentId, seenVersion);
    AssessmentState before = AssessmentState.of(assessment);
    assessment.submit(records.templateOf(assessment), caller(), clock.now());
    records.closeLinks(assessment, null, caller(), clock.now());
    assessments.saveChanges(assessment);
    audit.record(
        caller(), "Assessment", assessmentId, "SUBMITTED", before, AssessmentState.of(assessment));
    return records.details(assessment);
  }

  /**
   * A reviewer's decision: approve, approve with conditions, reject, or return to the assessor. An
   * approval keeps the risk tier the due diligence found on the vendor, and with it when the vendor
   * is assessed next; the conditions it sets are kept and audited one by one.
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public AssessmentDetails decide(long assessmentId, long seenVersion, ReviewDecision decision) {
    Assessment assessment = dueDiligence(assessmentId, seenVersion);
    AssessmentState assessmentBefore = AssessmentState.of(assessment);
    QuestionnaireTemplate template = records.templateOf(assessment);
    List<ApprovalCondition> conditions =
        assessment.decide(decision, template, caller(), clock.today(), clock.now());
    Vendor vendor = vendor(assessment.vendorId().orElseThrow());
    VendorDetails vendorBefore = VendorDetails.of(vendor);
    vendor.dueDiligenceDecided(
        decision.outcome(),
        decision.comment(),
        assessment.scoreCard(template).riskTier(),
        intervals(),
        clock.today());
    assessments.saveChanges(assessment);
    audit.record(
        caller(),
        "Assessment",
        assessmentId,
        "DECIDED",
        assessmentBefore,
        AssessmentState.of(assessment));
    for (ApprovalCondition condition : conditions) {
      em.persist(condition);
      em.flush();
      audit.record(
          caller(),
          "ApprovalCondition",
          condition.id(),
          "SET",
          null,
          ConditionDetails.of(condition, vendor.name(), clock.today()));
    }
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

  /** How soon a vendor is assessed again, by its risk tier, as configured. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public ReassessmentIntervals intervals() {
    return new ReassessmentIntervals(criticalMonths, highMonths, otherMonths);
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
