package io.outsight.registry.link;

import io.outsight.core.link.VendorLink;
import java.io.Serializable;
import java.time.Instant;

/** What a link that opens lets its holder see: whose it is, what for, and until when. */
public record LinkAccess(
    long linkId,
    VendorLink.Purpose purpose,
    String vendorName,
    String contractReference,
    String contactName,
    String language,
    Instant expiresAt)
    implements Serializable {}
