package io.outsight.extension.api.report;

import java.io.Serializable;
import java.time.Instant;

/**
 * A contract clause the vendor's due diligence contradicts and, when someone accepted the
 * contradiction, who, when and why.
 *
 * @param contradiction which clause and answer disagree, such as {@code SUBCONTRACTING}; the
 *     report's words for it are under {@code clause.contradiction.} and this name
 */
public record ContradictionFinding(
    String contradiction, String acceptedBy, Instant acceptedAt, String reason)
    implements Serializable {

  public boolean isAccepted() {
    return acceptedAt != null;
  }
}
