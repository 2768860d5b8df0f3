package io.outsight.core.vendor;

import io.outsight.core.assessment.RiskTier;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** Everything the vendor page shows about a vendor, detached from persistence. */
public record VendorDetails(
    long id,
    long version,
    String name,
    String businessId,
    String country,
    String website,
    String contactName,
    String contactEmail,
    Set<ServiceOffering> services,
    VendorStatus status,
    String statusReason,
    LocalDate reassessBy,
    RiskTier riskTier,
    Instant registeredAt,
    String registeredBy)
    implements Serializable {

  public static VendorDetails of(Vendor vendor) {
    return new VendorDetails(
        vendor.id(),
        vendor.version(),
        vendor.name(),
        vendor.businessId().value(),
        vendor.country(),
        vendor.website(),
        vendor.contact().name(),
        vendor.contact().email(),
        vendor.services(),
        vendor.status(),
        vendor.statusReason().orElse(null),
        vendor.reassessmentDue().orElse(null),
        vendor.riskTier().orElse(null),
        vendor.registeredAt(),
        vendor.registeredBy());
  }
}
