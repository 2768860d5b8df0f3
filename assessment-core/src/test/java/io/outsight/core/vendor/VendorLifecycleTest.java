package io.outsight.core.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outsight.core.assessment.AssessmentStatus;
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
    LocalDate next = LocalDate.of(2027, 11, 26);
    Vendor first = prospect();
    first.dueDiligenceStarted();
    assertThat(first.status()).isEqualTo(VendorStatus.UNDER_ASSESSMENT);
    first.dueDiligenceDecided(AssessmentStatus.RETURNED, "Add the references", next);
    assertThat(first.status()).isEqualTo(VendorStatus.UNDER_ASSESSMENT);
    first.dueDiligenceDecided(AssessmentStatus.CONDITIONALLY_APPROVED, "Sign the DPA", next);
    assertThat(first.status()).isEqualTo(VendorStatus.CONDITIONALLY_APPROVED);
    assertThat(first.reassessmentDue()).contains(next);

    // assessed again: an approval keeps its status, a rejection rejects the conditional one
    first.dueDiligenceStarted();
    assertThat(first.status()).isEqualTo(VendorStatus.CONDITIONALLY_APPROVED);
    first.dueDiligenceDecided(AssessmentStatus.REJECTED, "The conditions were not met", next);
    assertThat(first.status()).isEqualTo(VendorStatus.REJECTED);

    // an active vendor rejected on re-assessment is suspended, not rejected
    Vendor active = prospect();
    active.dueDiligenceStarted();
    active.dueDiligenceDecided(AssessmentStatus.APPROVED, null, next);
    active.contractStarted();
    assertThat(active.status()).isEqualTo(VendorStatus.ACTIVE);
    active.dueDiligenceStarted();
    active.dueDiligenceDecided(AssessmentStatus.REJECTED, "Data left the EU", next);
    assertThat(active.status()).isEqualTo(VendorStatus.SUSPENDED);
    assertThatThrownBy(active::dueDiligenceStarted)
        .isInstanceOfSatisfying(
            RuleViolation.class,
            refused -> assertThat(refused.rule()).isEqualTo("vendor.not-assessable"));
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
