package io.outsight.core.audit;

import java.io.Serializable;
import java.util.Optional;

/**
 * The result of walking the audit chain in sequence order: intact, or the first broken link and
 * why it is broken.
 */
public record ChainVerification(long eventsChecked, Optional<BrokenLink> firstBrokenLink) implements Serializable {

  public enum Breach {
    /** The event's content no longer matches its hash: it was edited. */
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
    HEAD_MISMATCH
  }

  public record BrokenLink(long sequence, Breach breach) implements Serializable {}

  public boolean intact() {
    return firstBrokenLink.isEmpty();
  }

  /**
   * Walks the events in ascending sequence order and checks that the trail ends exactly at its
   * head: at its sequence, with its hash.
   */
  public static ChainVerification of(Iterable<AuditEvent> events, ChainHead head) {
    Walk walk = walk(events);
    if (walk.broken().isPresent()) {
      return new ChainVerification(walk.checked(), walk.broken());
    }
    if (walk.checked() < head.lastSequence()) {
      return broken(walk.checked(), walk.checked() + 1, Breach.TRUNCATED);
    }
    if (walk.checked() > head.lastSequence()) {
      return broken(walk.checked(), head.lastSequence() + 1, Breach.BEYOND_HEAD);
    }
    if (walk.checked() > 0 && !walk.lastHash().equals(head.lastHash())) {
      return broken(walk.checked(), walk.checked(), Breach.HEAD_MISMATCH);
    }
    return new ChainVerification(walk.checked(), Optional.empty());
  }

  /** Walks events given in ascending sequence order, as a stream read from the database would give them. */
  public static ChainVerification of(Iterable<AuditEvent> events) {
    Walk walk = walk(events);
    return new ChainVerification(walk.checked(), walk.broken());
  }

  /** How far a walk went, the hash it ended on, and where the chain broke, if it did. */
  private record Walk(long checked, String lastHash, Optional<BrokenLink> broken) {}

  private static Walk walk(Iterable<AuditEvent> events) {
    String previousHash = AuditEvent.GENESIS;
    long expectedSequence = 1;
    long checked = 0;
    for (AuditEvent event : events) {
      checked++;
      if (event.sequence() != expectedSequence) {
        return new Walk(checked, previousHash, Optional.of(new BrokenLink(expectedSequence, Breach.GAP)));
      }
      if (!event.computeHash().equals(event.hash())) {
        return new Walk(checked, previousHash, Optional.of(new BrokenLink(event.sequence(), Breach.EDITED)));
      }
      if (!event.previousHash().equals(previousHash)) {
        return new Walk(checked, previousHash, Optional.of(new BrokenLink(event.sequence(), Breach.LINK_MISSING)));
      }
      previousHash = event.hash();
      expectedSequence++;
    }
    return new Walk(checked, previousHash, Optional.empty());
  }

  private static ChainVerification broken(long checked, long sequence, Breach breach) {
    return new ChainVerification(checked, Optional.of(new BrokenLink(sequence, breach)));
  }
}
