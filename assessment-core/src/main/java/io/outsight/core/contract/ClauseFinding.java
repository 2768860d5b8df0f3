package io.outsight.core.contract;

import io.outsight.extension.api.report.ContradictionFinding;
import java.io.Serializable;
import java.time.Instant;

/**
 * A contradiction between a contract's clause and its vendor's due diligence, and, when someone
 * accepted it, who, when and why.
 */
public record ClauseFinding(
    ClauseContradiction contradiction, String acceptedBy, Instant acceptedAt, String reason)
    implements Serializable {

  public static ClauseFinding standing(ClauseContradiction contradiction) {
    return new ClauseFinding(contradiction, null, null, null);
  }

  public static ClauseFinding accepted(ClauseAcceptance acceptance) {
    return new ClauseFinding(
        acceptance.contradiction(),
        acceptance.acceptedBy(),
        acceptance.acceptedAt(),
        acceptance.reason());
  }

  public boolean isAccepted() {
    return acceptedAt != null;
  }

  /** The finding as a report states it. */
  public ContradictionFinding reported() {
    return new ContradictionFinding(contradiction.name(), acceptedBy, acceptedAt, reason);
  }
}
