package io.outsight.registry.audit;

import io.outsight.core.audit.AuditEvent;
import java.io.Serializable;
import java.time.Instant;

/** One event of the trail as auditors read and export it. */
public record AuditEntry(
    long sequence,
    Instant occurredAt,
    String actor,
    String entityType,
    String entityId,
    String action,
    String before,
    String after,
    String previousHash,
    String hash)
    implements Serializable {

  static AuditEntry of(AuditEvent event) {
    return new AuditEntry(
        event.sequence(),
        event.occurredAt(),
        event.actor(),
        event.entityType(),
        event.entityId(),
        event.action(),
        event.before(),
        event.after(),
        event.previousHash(),
        event.hash());
  }
}
