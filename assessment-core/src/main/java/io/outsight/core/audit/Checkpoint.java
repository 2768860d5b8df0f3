package io.outsight.core.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The audit trail's head as it stood at a moment, written outside the database and sealed with the
 * trail's key. Checkpoints are numbered from 1 and each carries the seal of the one before it, so a
 * removed checkpoint is noticed; a trail that no longer holds the event a checkpoint recorded, or
 * ends before it, was rewritten or restored from an older backup.
 *
 * @param trailSequence the newest event's sequence then, 0 for an empty trail
 * @param trailHash that event's hash, {@link AuditEvent#GENESIS} for an empty trail
 * @param legacyThrough the newest event sealed without a key, as the head recorded it
 */
public record Checkpoint(
    long number,
    long trailSequence,
    String trailHash,
    long legacyThrough,
    Instant writtenAt,
    String previousSeal,
    String seal)
    implements Serializable {

  public Checkpoint {
    Objects.requireNonNull(trailHash, "trail hash");
    Objects.requireNonNull(writtenAt, "time");
    Objects.requireNonNull(previousSeal, "previous seal");
    Objects.requireNonNull(seal, "seal");
  }

  /** The checkpoint of the head now, after {@code previous}, or the first one. */
  public static Checkpoint of(
      ChainHead head, Optional<Checkpoint> previous, Instant at, ChainKey key) {
    long number = previous.map(Checkpoint::number).orElse(0L) + 1;
    String previousSeal = previous.map(Checkpoint::seal).orElse(AuditEvent.GENESIS);
    Checkpoint unsealed =
        new Checkpoint(
            number,
            head.lastSequence(),
            head.lastHash(),
            head.legacyThrough(),
            at,
            previousSeal,
            "");
    return new Checkpoint(
        number,
        head.lastSequence(),
        head.lastHash(),
        head.legacyThrough(),
        at,
        previousSeal,
        key.of(unsealed.content()));
  }

  /** Whether this checkpoint was sealed with {@code key} and not changed since. */
  public boolean sealedWith(ChainKey key) {
    return key.sealed(content(), seal);
  }

  /** Whether the head has moved since this checkpoint. */
  public boolean behind(ChainHead head) {
    return head.lastSequence() != trailSequence || !head.lastHash().equals(trailHash);
  }

  private String content() {
    return String.join(
        "\u001f",
        "checkpoint",
        String.valueOf(number),
        String.valueOf(trailSequence),
        trailHash,
        String.valueOf(legacyThrough),
        writtenAt.toString(),
        previousSeal);
  }
}
