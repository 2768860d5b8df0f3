package io.outsight.registry.link;

import io.outsight.core.link.VendorLink;
import java.io.Serializable;
import java.time.Instant;

/**
 * A vendor link as procurement and auditors see it: never its token.
 *
 * @param opens whether it still opens now
 */
public record LinkDetails(
    long id,
    long version,
    VendorLink.Purpose purpose,
    String contactName,
    String contactEmail,
    String language,
    String issuedBy,
    Instant issuedAt,
    Instant expiresAt,
    String revokedBy,
    Instant revokedAt,
    Instant lastUsedAt,
    Instant submittedAt,
    boolean opens)
    implements Serializable {

  static LinkDetails of(VendorLink link, Instant now) {
    return new LinkDetails(
        link.id(),
        link.version(),
        link.purpose(),
        link.contactName(),
        link.contactEmail(),
        link.language(),
        link.issuedBy(),
        link.issuedAt(),
        link.expiresAt(),
        link.revokedBy().orElse(null),
        link.revokedAt().orElse(null),
        link.lastUsedAt().orElse(null),
        link.submittedAt().orElse(null),
        link.opensAt(now));
  }
}
