package io.outsight.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The newest event of the audit trail, kept beside it: appending moves it, and a trail that ends
 * before it has lost its newest events.
 */
@Entity
@Table(name = "audit_chain_head")
public class ChainHead {

  @Id private int id;

  @Column(name = "last_sequence")
  private long lastSequence;

  @Column(name = "last_hash")
  private String lastHash;

  protected ChainHead() {}

  /** The next event after the head, which becomes the new head. */
  public AuditEvent append(Instant at, String actor, String entityType, String entityId, String action,
      String before, String after) {
    AuditEvent event = lastSequence == 0
        ? AuditEvent.first(at, actor, entityType, entityId, action, before, after)
        : AuditEvent.following(lastSequence, lastHash, at, actor, entityType, entityId, action, before, after);
    lastSequence = event.sequence();
    lastHash = event.hash();
    return event;
  }

  public long lastSequence() {
    return lastSequence;
  }

  public String lastHash() {
    return lastHash;
  }
}
