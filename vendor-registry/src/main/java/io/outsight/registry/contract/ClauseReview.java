package io.outsight.registry.contract;

import io.outsight.core.contract.ClauseFinding;
import java.io.Serializable;
import java.util.List;

/**
 * A contract's clauses read against its vendor's latest approved due diligence: each contradiction,
 * and whether someone accepted it, with the reason. Without an approved due diligence there is
 * nothing to read against.
 */
public record ClauseReview(
    long contractId,
    String reference,
    long vendorId,
    String vendorName,
    Long assessmentId,
    List<ClauseFinding> findings)
    implements Serializable {

  public ClauseReview {
    findings = List.copyOf(findings);
  }

  /** The contradictions no one has accepted yet. */
  public List<ClauseFinding> standing() {
    return findings.stream().filter(finding -> !finding.isAccepted()).toList();
  }
}
