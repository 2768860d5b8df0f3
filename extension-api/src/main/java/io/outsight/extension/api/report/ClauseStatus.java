package io.outsight.extension.api.report;

import java.io.Serializable;
import java.util.List;

/**
 * What the contract settles about the data and the way out: we own the leads, they are not reused
 * and are returned and deleted at the end; whether the vendor may subcontract; whether there is an
 * exit or insourcing plan; and where the clauses contradict the vendor's due diligence, accepted or
 * not.
 */
public record ClauseStatus(
    boolean dataOwned,
    String dataLocation,
    boolean subcontractingAllowed,
    boolean exitPlan,
    String exitPlanNote,
    List<ContradictionFinding> contradictions)
    implements Serializable {

  public ClauseStatus {
    contradictions = List.copyOf(contradictions);
  }

  /** The contradictions no one has accepted. */
  public List<ContradictionFinding> standing() {
    return contradictions.stream().filter(finding -> !finding.isAccepted()).toList();
  }
}
