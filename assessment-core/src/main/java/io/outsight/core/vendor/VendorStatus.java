package io.outsight.core.vendor;

/** Where a vendor stands, from first contact to the end of the relationship. */
public enum VendorStatus {
  PROSPECT,
  UNDER_ASSESSMENT,
  APPROVED,
  CONDITIONALLY_APPROVED,
  REJECTED,
  ACTIVE,
  SUSPENDED,
  OFFBOARDED
}
