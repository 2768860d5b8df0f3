package io.outsight.core.audit;

import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of walking the audit chain in sequence order: intact, or the first broken link and why
 * it is broken.
 */
public record ChainVerification(long eventsChecked, Optional<BrokenLink> firstBrokenLink)
    implements Serializable {

  public enum Breach {
    /**
     * The event's content no longer matches its hash: it was edited, or written without the trail's
     * key.
     */
    EDITED,
    /** The event does not link to the one before it: an event was removed or inserted there. */
    LINK_MISSING,
    /** A sequence number is skipped: an event was removed there. */
    GAP,
    /** The trail ends before its recorded head: its newest events were removed. */
    TRUNCATED,
    /** The trail goes on past its recorded head: events were written behind the portal's back. */
    BEYOND_HEAD,
    /** The newest event is not the one the head recorded: the trail was written anew. */
    HEAD_MISMATCH,
    /** A checkpoint's seal does not check: it was written or changed without the trail's key. */
    CHECKPOINT_FORGED,
    /** Checkpoints are missing before this one: they were removed from the checkpoint directory. */
    CHECKPOINT_MISSING,
    /** The trail is not what a checkpoint recorded at this event: it was written anew. */
    CHECKPOINT_MISMATCH,
    /**
     * The trail ends before a checkpoint: an older backup was restored, or its newest events were
     * removed with its head.
     */
    BEHIND_CHECKPOINT,
    /**
     * The trail has events sealed with its key but no checkpoint at all: the checkpoints were
     * removed.
     */
    UNANCHORED
  }

  public record BrokenLink(long sequence, Breach breach) implements Serializable {}

  public boolean intact() {
    return firstBrokenLink.isEmpty();
  }

  /**
   * Checks the checkpoints written outside the database, then walks the events in ascending
   * sequence order, each under its seal ({@link ChainHead#sealOf}), and checks that the trail ends
   * exactly at its head and holds what every checkpoint recorded.
   *
   * @param checkpoints every checkpoint found, in any order
   */
  public static ChainVerification of(
      Iterable<AuditEvent> events, ChainHead head, ChainKey key, List<Checkpoint> checkpoints) {
    List<Checkpoint> numbered =
        checkpoints.stream().sorted(Comparator.comparingLong(Checkpoint::number)).toList();
    Optional<BrokenLink> anchors = anchorsBroken(numbered, head, key);
    if (anchors.isPresent()) {
      return new ChainVerification(0, anchors);
    }
    Map<Long, String> anchored = new HashMap<>();
    numbered.forEach(
        checkpoint -> anchored.put(checkpoint.trailSequence(), checkpoint.trailHash()));
    Walk walk = walk(events, head, key, anchored);
    if (walk.broken().isPresent()) {
      return new ChainVerification(walk.checked(), walk.broken());
    }
    if (walk.checked() < head.lastSequence()) {
      return broken(walk.checked(), walk.checked() + 1, Breach.TRUNCATED);
    }
    if (walk.checked() > head.lastSequence()) {
      return broken(walk.checked(), head.lastSequence() + 1, Breach.BEYOND_HEAD);
    }
    if (!walk.lastHash().equals(head.lastHash())) {
      return broken(walk.checked(), walk.checked(), Breach.HEAD_MISMATCH);
    }
    Optional<Checkpoint> ahead =
        numbered.stream()
            .filter(checkpoint -> checkpoint.trailSequence() > walk.checked())
            .findFirst();
    if (ahead.isPresent()) {
      return broken(walk.checked(), walk.checked() + 1, Breach.BEHIND_CHECKPOINT);
    }
    if (numbered.isEmpty() && head.lastSequence() > head.legacyThrough()) {
      return broken(walk.checked(), head.legacyThrough() + 1, Breach.UNANCHORED);
    }
    return new ChainVerification(walk.checked(), Optional.empty());
  }

  /**
   * The first checkpoint that is forged, follows a gap, or disagrees with the head on where the key
   * began; checkpoints name the trail's sequence they recorded.
   */
  private static Optional<BrokenLink> anchorsBroken(
      List<Checkpoint> numbered, ChainHead head, ChainKey key) {
    String previousSeal = AuditEvent.GENESIS;
    long expected = 1;
    for (Checkpoint checkpoint : numbered) {
      if (!checkpoint.sealedWith(key)) {
        return Optional.of(new BrokenLink(checkpoint.trailSequence(), Breach.CHECKPOINT_FORGED));
      }
      if (checkpoint.number() != expected || !checkpoint.previousSeal().equals(previousSeal)) {
        return Optional.of(new BrokenLink(checkpoint.trailSequence(), Breach.CHECKPOINT_MISSING));
      }
      if (checkpoint.legacyThrough() != head.legacyThrough()
          || checkpoint.trailSequence() == 0
              && !checkpoint.trailHash().equals(AuditEvent.GENESIS)) {
        return Optional.of(new BrokenLink(checkpoint.trailSequence(), Breach.CHECKPOINT_MISMATCH));
      }
      previousSeal = checkpoint.seal();
      expected++;
    }
    return Optional.empty();
  }

  /** How far a walk went, the hash it ended on, and where the chain broke, if it did. */
  private record Walk(long checked, String lastHash, Optional<BrokenLink> broken) {}

  private static Walk walk(
      Iterable<AuditEvent> events, ChainHead head, ChainKey key, Map<Long, String> anchored) {
    String previousHash = AuditEvent.GENESIS;
    long expectedSequence = 1;
    long checked = 0;
    for (AuditEvent event : events) {
      checked++;
      if (event.sequence() != expectedSequence) {
        return new Walk(
            checked, previousHash, Optional.of(new BrokenLink(expectedSequence, Breach.GAP)));
      }
      if (!event.computeHash(head.sealOf(event.sequence(), key)).equals(event.hash())) {
        return new Walk(
            checked, previousHash, Optional.of(new BrokenLink(event.sequence(), Breach.EDITED)));
      }
      if (!event.previousHash().equals(previousHash)) {
        return new Walk(
            checked,
            previousHash,
            Optional.of(new BrokenLink(event.sequence(), Breach.LINK_MISSING)));
      }
      String recorded = anchored.get(event.sequence());
      if (recorded != null && !recorded.equals(event.hash())) {
        return new Walk(
            checked,
            previousHash,
            Optional.of(new BrokenLink(event.sequence(), Breach.CHECKPOINT_MISMATCH)));
      }
      previousHash = event.hash();
      expectedSequence++;
    }
    return new Walk(checked, previousHash, Optional.empty());
  }

  /**
   * A trail intact through its head that goes on past the head as it is now: the events after it
   * were written behind the portal's back.
   */
  public static ChainVerification beyondHead(long checked, long headSequence) {
    return broken(checked, headSequence + 1, Breach.BEYOND_HEAD);
  }

  private static ChainVerification broken(long checked, long sequence, Breach breach) {
    return new ChainVerification(checked, Optional.of(new BrokenLink(sequence, breach)));
  }
}
