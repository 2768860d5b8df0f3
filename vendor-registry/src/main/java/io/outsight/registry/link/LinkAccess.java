package io.outsight.registry.link;

import io.outsight.core.link.VendorLink;
import java.io.Serializable;
import java.time.Instant;

/**
 * What a link that opens lets its holder see: whose it is, what for, and until when.
 *
 * @param contractReference the contract whose results it uploads; none for a questionnaire
 */
public record LinkAccess(
    long linkId,
    VendorLink.Purpose purpose,
    String vendorName,
    String contractReference,
    String contactName,
    String language,
    Instant expiresAt)
    implements Serializable {

  static LinkAccess of(VendorLink link, String vendorName, String contractReference) {
    return new LinkAccess(
        link.id(),
        link.purpose(),
        vendorName,
        contractReference,
        link.contactName(),
        link.language(),
        link.expiresAt());
  }
}
