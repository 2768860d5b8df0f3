package io.outsight.registry.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * What an auditor narrows the trail to; a null or blank part does not restrict. Times are
 * inclusive-exclusive.
 */
public record AuditFilter(
    String entityType, String entityId, String actor, Instant from, Instant until)
    implements Serializable {

  public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);
}
