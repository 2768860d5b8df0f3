package io.outsight.core.report;

import io.outsight.core.contract.ClauseFinding;
import io.outsight.core.contract.Contract;
import io.outsight.core.contract.ContractClauses;
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
    List<ClauseFinding> contradictions)
    implements Serializable {

  public ClauseStatus {
    contradictions = List.copyOf(contradictions);
  }

  static ClauseStatus of(Contract contract, List<ClauseFinding> contradictions) {
    ContractClauses clauses = contract.clauses();
    return new ClauseStatus(
        clauses.isWeOwnLeads() && clauses.isNoReuseForOthers() && clauses.isReturnAndDeleteAtExit(),
        clauses.getDataLocation(),
        clauses.isSubcontractingAllowed(),
        contract.hasExitPlan(),
        contract.exitPlanNote().orElse(null),
        contradictions);
  }

  /** The contradictions no one has accepted. */
  public List<ClauseFinding> standing() {
    return contradictions.stream().filter(finding -> !finding.isAccepted()).toList();
  }
}
