package io.outsight.core.report;

import io.outsight.core.contract.Contract;
import io.outsight.core.contract.ContractClauses;
import java.io.Serializable;

/**
 * What the contract settles about the data and the way out: we own the leads, they are not reused
 * and are returned and deleted at the end; whether the vendor may subcontract; whether there is an
 * exit or insourcing plan.
 */
public record ClauseStatus(
    boolean dataOwned,
    String dataLocation,
    boolean subcontractingAllowed,
    boolean exitPlan,
    String exitPlanNote)
    implements Serializable {

  static ClauseStatus of(Contract contract) {
    ContractClauses clauses = contract.clauses();
    return new ClauseStatus(
        clauses.isWeOwnLeads() && clauses.isNoReuseForOthers() && clauses.isReturnAndDeleteAtExit(),
        clauses.getDataLocation(),
        clauses.isSubcontractingAllowed(),
        contract.hasExitPlan(),
        contract.exitPlanNote().orElse(null));
  }
}
