package io.outsight.core.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outsight.core.assessment.AssessmentStatus;
import io.outsight.core.assessment.ReassessmentIntervals;
import io.outsight.core.assessment.RiskTier;
import io.outsight.core.rules.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VendorLifecycleTest {

  private static Vendor prospect() {
    return Vendor.register(
        VendorTest.profile(), "procurement", Instant.parse("2026-11-26T10:00:00Z"));
  }

  @Test
  void aProspectIsAssessedThenApproved() {
    Vendor vendor = prospect();
    vendor.moveTo(VendorStatus.UNDER_ASSESSMENT, null);
    vendor.moveTo(VendorStatus.APPROVED, null);

    assertThat(vendor.status()).isEqualTo(VendorStatus.APPROVED);
  }

  @Test
  void byHandAVendorIsActivatedSuspendedOrOffboardedButOnlyDueDiligenceAssessesAndApproves() {
    assertThat(VendorStatus.PROSPECT.nextByHand()).containsExactly(VendorStatus.REJECTED);
    assertThat(VendorStatus.APPROVED.nextByHand())
        .containsExactlyInAnyOrder(
            VendorStatus.ACTIVE, VendorStatus.SUSPENDED, VendorStatus.OFFBOARDED);
    assertThat(VendorStatus.REJECTED.nextByHand()).isEmpty();
    assertThat(VendorStatus.SUSPENDED.nextByHand())
        .containsExactlyInAnyOrder(VendorStatus.ACTIVE, VendorStatus.OFFBOARDED);
  }

  @Test
  void dueDiligenceAssessesAProspectAndItsDecisionApprovesRejectsOrSuspends() {
    LocalDate decided = LocalDate.of(2026, 11, 26);
    Vendor first = prospect();
    first.dueDiligenceStarted();
    assertThat(first.status()).isEqualTo(VendorStatus.UNDER_ASSESSMENT);
    first.dueDiligenceDecided(
        AssessmentStatus.RETURNED,
        "Add the references",
        RiskTier.MEDIUM,
        ReassessmentIntervals.DEFAULT,
        decided);
    assertThat(first.status()).isEqualTo(VendorStatus.UNDER_ASSESSMENT);
    first.dueDiligenceDecided(
        AssessmentStatus.CONDITIONALLY_APPROVED,
        "Sign the DPA",
        RiskTier.MEDIUM,
        ReassessmentIntervals.DEFAULT,
        decided);
    assertThat(first.status()).isEqualTo(VendorStatus.CONDITIONALLY_APPROVED);
    assertThat(first.reassessmentDue()).contains(LocalDate.of(2028, 11, 26));
    assertThat(first.riskTier()).contains(RiskTier.MEDIUM);

    // assessed again: an approval keeps its status, a rejection rejects the conditional one
    first.dueDiligenceStarted();
    assertThat(first.status()).isEqualTo(VendorStatus.CONDITIONALLY_APPROVED);
    first.dueDiligenceDecided(
        AssessmentStatus.REJECTED,
        "The conditions were not met",
        RiskTier.MEDIUM,
        ReassessmentIntervals.DEFAULT,
        decided);
    assertThat(first.status()).isEqualTo(VendorStatus.REJECTED);

    // an active vendor rejected on re-assessment is suspended, not rejected
    Vendor active = prospect();
    active.dueDiligenceStarted();
    active.dueDiligenceDecided(
        AssessmentStatus.APPROVED, null, RiskTier.MEDIUM, ReassessmentIntervals.DEFAULT, decided);
    active.contractStarted();
    assertThat(active.status()).isEqualTo(VendorStatus.ACTIVE);
    active.dueDiligenceStarted();
    active.dueDiligenceDecided(
        AssessmentStatus.REJECTED,
        "Data left the EU",
        RiskTier.MEDIUM,
        ReassessmentIntervals.DEFAULT,
        decided);
    assertThat(active.status()).isEqualTo(VendorStatus.SUSPENDED);
    assertThatThrownBy(active::dueDiligenceStarted)
        .isInstanceOfSatisfying(
            RuleViolation.class,
            refused -> assertThat(refused.rule()).isEqualTo("vendor.not-assessable"));
  }

  @Test
  void theRiskTierAnApprovalFoundSetsWhenTheVendorIsAssessedAgain() {
    LocalDate decided = LocalDate.of(2026, 11, 30);
    ReassessmentIntervals intervals = ReassessmentIntervals.DEFAULT;
    Vendor critical = prospect();
    critical.dueDiligenceStarted();
    critical.dueDiligenceDecided(
        AssessmentStatus.APPROVED, null, RiskTier.CRITICAL, intervals, decided);
    assertThat(critical.reassessmentDue()).contains(LocalDate.of(2027, 5, 30));

    Vendor high = prospect();
    high.dueDiligenceStarted();
    high.dueDiligenceDecided(AssessmentStatus.APPROVED, null, RiskTier.HIGH, intervals, decided);
    assertThat(high.reassessmentDue()).contains(LocalDate.of(2027, 11, 30));

    Vendor low = prospect();
    low.dueDiligenceStarted();
    low.dueDiligenceDecided(AssessmentStatus.APPROVED, null, RiskTier.LOW, intervals, decided);
    assertThat(low.reassessmentDue()).contains(LocalDate.of(2028, 11, 30));

    // configured otherwise: 3, 9 and 18 months; a re-assessment that finds a higher risk brings the
    // next one closer, and a rejection leaves the date as it was
    ReassessmentIntervals stricter = new ReassessmentIntervals(3, 9, 18);
    low.dueDiligenceStarted();
    low.dueDiligenceDecided(
        AssessmentStatus.APPROVED, null, RiskTier.CRITICAL, stricter, decided.plusMonths(1));
    assertThat(low.reassessmentDue()).contains(LocalDate.of(2027, 3, 30));
    assertThat(low.riskTier()).contains(RiskTier.CRITICAL);
    assertThat(stricter.monthsFor(RiskTier.MEDIUM)).isEqualTo(18);
    assertThatThrownBy(() -> new ReassessmentIntervals(0, 12, 24))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aProfileIsKeptUpToDateButTheCompanyStaysTheSame() {
    Vendor vendor = prospect();
    VendorProfile changed = VendorTest.profile();
    changed.setName("Nordic Leads Group Oy");
    changed.setWebsite("https://nordicleads.example");
    changed.setContactName("Outi Myyjä");
    changed.setContactEmail("outi@nordicleads.example");
    changed.setServices(java.util.List.of(ServiceOffering.LEAD_GENERATION));

    vendor.update(changed);

    assertThat(vendor.name()).isEqualTo("Nordic Leads Group Oy");
    assertThat(vendor.website()).isEqualTo("https://nordicleads.example");
    assertThat(vendor.contact().email()).isEqualTo("outi@nordicleads.example");
    assertThat(vendor.services()).containsExactly(ServiceOffering.LEAD_GENERATION);
    VendorProfile another = VendorTest.profile();
    another.setBusinessId("1572860-0");
    assertThatThrownBy(() -> vendor.update(another))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            refused -> assertThat(refused.rule()).isEqualTo("vendor.identity-fixed"));
    assertThat(vendor.name()).isEqualTo("Nordic Leads Group Oy");
  }

  @Test
  void onlyAnApprovedVendorsContractStartsAndNoneIsDraftedWithAnExcludedOne() {
    Vendor vendor = prospect();
    assertThatThrownBy(vendor::contractStarted)
        .isInstanceOfSatisfying(
            RuleViolation.class,
            refused -> assertThat(refused.rule()).isEqualTo("contract.vendor-not-approved"));
    vendor.mayBeContracted();
    vendor.moveTo(VendorStatus.REJECTED, "No references");
    assertThatThrownBy(vendor::mayBeContracted)
        .isInstanceOfSatisfying(
            RuleViolation.class,
            refused -> assertThat(refused.rule()).isEqualTo("contract.vendor-excluded"));
  }

  @Test
  void aRefusedTransitionSaysWhereFromAndWhereTo() {
    Vendor vendor = prospect();

    assertThatThrownBy(() -> vendor.moveTo(VendorStatus.ACTIVE, null))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> {
              assertThat(violation.rule()).isEqualTo("vendor.transition");
              assertThat(violation.details()).containsExactly("PROSPECT", "ACTIVE");
            });
    assertThat(vendor.status()).isEqualTo(VendorStatus.PROSPECT);
  }

  @Test
  void rejectingSuspendingAndOffboardingNeedAReason() {
    Vendor vendor = prospect();

    assertThatThrownBy(() -> vendor.moveTo(VendorStatus.REJECTED, " "))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> assertThat(violation.rule()).isEqualTo("vendor.reason-required"));
    vendor.moveTo(VendorStatus.REJECTED, "Leads would be reused for competitors");
    assertThat(vendor.statusReason()).contains("Leads would be reused for competitors");
  }

  @Test
  void anOffboardedVendorGoesNowhere() {
    assertThat(VendorStatus.OFFBOARDED.next()).isEmpty();
    assertThat(VendorStatus.SUSPENDED.next())
        .containsExactlyInAnyOrder(VendorStatus.ACTIVE, VendorStatus.OFFBOARDED);
  }
}
