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
    TRUNCATED
  }

  public record BrokenLink(long sequence, Breach breach) implements Serializable {}

  public boolean intact() {
    return firstBrokenLink.isEmpty();
  }

  /** Walks the events in ascending sequence order and checks that the trail reaches its head. */
  public static ChainVerification of(Iterable<AuditEvent> events, ChainHead head) {
    ChainVerification walked = of(events);
    if (walked.intact() && walked.eventsChecked() < head.lastSequence()) {
      return new ChainVerification(walked.eventsChecked(), Optional.of(new BrokenLink(walked.eventsChecked() + 1, Breach.TRUNCATED)));
    }
    return walked;
  }

  /** Walks events given in ascending sequence order, as a stream read from the database would give them. */
  public static ChainVerification of(Iterable<AuditEvent> events) {
    String previousHash = AuditEvent.GENESIS;
    long expectedSequence = 1;
    long checked = 0;
    for (AuditEvent event : events) {
      checked++;
      if (event.sequence() != expectedSequence) {
        return new ChainVerification(checked, Optional.of(new BrokenLink(expectedSequence, Breach.GAP)));
      }
      if (!event.computeHash().equals(event.hash())) {
        return new ChainVerification(checked, Optional.of(new BrokenLink(event.sequence(), Breach.EDITED)));
      }
      if (!event.previousHash().equals(previousHash)) {
        return new ChainVerification(checked, Optional.of(new BrokenLink(event.sequence(), Breach.LINK_MISSING)));
      }
      previousHash = event.hash();
      expectedSequence++;
    }
    return new ChainVerification(checked, Optional.empty());
  }
}
