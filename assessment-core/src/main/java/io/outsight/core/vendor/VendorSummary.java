package io.outsight.core.vendor;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** One row of the vendor list: what is shown and filtered on, detached from persistence. */
public record VendorSummary(
    Long id,
    String name,
    String businessId,
    String country,
    Set<ServiceOffering> services,
    VendorStatus status,
    Instant registeredAt)
    implements Serializable {

  public static VendorSummary of(Vendor vendor) {
    return new VendorSummary(
        vendor.id(),
        vendor.name(),
        vendor.businessId().value(),
        vendor.country(),
        vendor.services(),
        vendor.status(),
        vendor.registeredAt());
  }
}
