package io.outsight.core.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outsight.core.rules.RuleViolation;
import java.time.Instant;
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
