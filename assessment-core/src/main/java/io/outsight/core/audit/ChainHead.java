package io.outsight.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The newest event of the audit trail, kept beside it: appending moves it, and a trail that ends
 * before it has lost its newest events. It also marks where the trail's key began: events up to
 * {@link #legacyThrough()} were written before the trail had one and stay sealed with plain
 * SHA-256.
 */
@Entity
@Table(name = "audit_chain_head")
public class ChainHead {

  @Id private int id;

  @Column(name = "last_sequence")
  private long lastSequence;

  @Column(name = "last_hash")
  private String lastHash = AuditEvent.GENESIS;

  @Column(name = "legacy_through")
  private long legacyThrough;

  protected ChainHead() {}

  /** The next event after the head, sealed with {@code key}, which becomes the new head. */
  public AuditEvent append(
      ChainKey key,
      Instant at,
      String actor,
      String entityType,
      String entityId,
      String action,
      String before,
      String after) {
    AuditEvent event =
        AuditEvent.following(
            lastSequence, lastHash, at, actor, entityType, entityId, action, before, after, key);
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

  public long legacyThrough() {
    return legacyThrough;
  }

  /** What sealed the event with this sequence: nothing but SHA-256 before the trail had its key. */
  public ChainSeal sealOf(long sequence, ChainKey key) {
    return sequence <= legacyThrough ? ChainSeal.UNKEYED : key;
  }
}
