package io.outsight.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One change to business data. Events form a chain: each carries the hash of the one before it and
 * its own hash over its content and that link, sealed with the trail's key ({@link ChainSeal}), so
 * that changing or removing any event breaks the chain from there on. The first event links to
 * {@link #GENESIS}.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  /** What the first event links to. */
  public static final String GENESIS = "0".repeat(64);

  @Id private long sequence;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  private String actor;

  @Column(name = "entity_type")
  private String entityType;

  @Column(name = "entity_id")
  private String entityId;

  private String action;

  @Column(name = "before_state")
  private String before;

  @Column(name = "after_state")
  private String after;

  @Column(name = "previous_hash")
  private String previousHash;

  private String hash;

  protected AuditEvent() {}

  private AuditEvent(
      long sequence,
      Instant occurredAt,
      String actor,
      String entityType,
      String entityId,
      String action,
      String before,
      String after,
      String previousHash,
      ChainSeal seal) {
    this.sequence = sequence;
    // Databases keep timestamps to the microsecond at best; the hash must survive the round trip.
    this.occurredAt = Objects.requireNonNull(occurredAt, "time").truncatedTo(ChronoUnit.MILLIS);
    this.actor = Objects.requireNonNull(actor, "actor");
    this.entityType = Objects.requireNonNull(entityType, "entity type");
    this.entityId = Objects.requireNonNull(entityId, "entity id");
    this.action = Objects.requireNonNull(action, "action");
    this.before = before;
    this.after = after;
    this.previousHash = previousHash;
    this.hash = computeHash(seal);
  }

  /** The event after the one with this sequence and hash ({@link #GENESIS} and 0 for the first). */
  public static AuditEvent following(
      long sequence,
      String hash,
      Instant at,
      String actor,
      String entityType,
      String entityId,
      String action,
      String before,
      String after,
      ChainSeal seal) {
    return new AuditEvent(
        sequence + 1, at, actor, entityType, entityId, action, before, after, hash, seal);
  }

  /**
   * The hash this event's content and link should have under {@code seal}; differs from {@link
   * #hash()} if it was edited.
   */
  public String computeHash(ChainSeal seal) {
    return seal.of(
        String.join(
            "\u001f",
            String.valueOf(sequence),
            occurredAt.toString(),
            actor,
            entityType,
            entityId,
            action,
            Objects.toString(before, ""),
            Objects.toString(after, ""),
            previousHash));
  }

  public long sequence() {
    return sequence;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public String entityType() {
    return entityType;
  }

  public String entityId() {
    return entityId;
  }

  public String action() {
    return action;
  }

  public String before() {
    return before;
  }

  public String after() {
    return after;
  }

  public String previousHash() {
    return previousHash;
  }

  public String hash() {
    return hash;
  }
}
