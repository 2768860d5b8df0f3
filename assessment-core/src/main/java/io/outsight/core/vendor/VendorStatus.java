package io.outsight.core.vendor;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a vendor stands, from first contact to the end of the relationship, and where it may go
 * from each state. Rejecting, suspending and offboarding need a reason.
 */
public enum VendorStatus {
  PROSPECT,
  UNDER_ASSESSMENT,
  APPROVED,
  CONDITIONALLY_APPROVED,
  REJECTED,
  ACTIVE,
  SUSPENDED,
  OFFBOARDED;

  public Set<VendorStatus> next() {
    return switch (this) {
      case PROSPECT -> EnumSet.of(UNDER_ASSESSMENT, REJECTED);
      case UNDER_ASSESSMENT -> EnumSet.of(APPROVED, CONDITIONALLY_APPROVED, REJECTED, PROSPECT);
      case APPROVED -> EnumSet.of(ACTIVE, UNDER_ASSESSMENT, SUSPENDED, OFFBOARDED);
      case CONDITIONALLY_APPROVED ->
          EnumSet.of(APPROVED, ACTIVE, UNDER_ASSESSMENT, REJECTED, OFFBOARDED);
      case REJECTED -> EnumSet.of(UNDER_ASSESSMENT);
      case ACTIVE -> EnumSet.of(SUSPENDED, OFFBOARDED);
      case SUSPENDED -> EnumSet.of(ACTIVE, OFFBOARDED);
      case OFFBOARDED -> EnumSet.noneOf(VendorStatus.class);
    };
  }

  /** Whether only a due diligence puts a vendor in this state: being assessed, and its approval. */
  public boolean setByDueDiligence() {
    return this == UNDER_ASSESSMENT || this == APPROVED || this == CONDITIONALLY_APPROVED;
  }

  /** Where a user may move the vendor by hand from this state. */
  public Set<VendorStatus> nextByHand() {
    Set<VendorStatus> next = next();
    next.removeIf(VendorStatus::setByDueDiligence);
    return next;
  }

  public boolean needsReason() {
    return this == REJECTED || this == SUSPENDED || this == OFFBOARDED;
  }
}
