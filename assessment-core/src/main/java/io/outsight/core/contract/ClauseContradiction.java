package io.outsight.core.contract;

import io.outsight.core.assessment.Answer;
import io.outsight.core.assessment.builtin.VendorDueDiligence;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * A contract clause that what the vendor answered in its due diligence cannot meet: the contract
 * forbids subcontracting and the vendor said a subcontractor does the work, the contract says the
 * leads are ours and the vendor keeps them, and so on. It stands until the clause or the answer
 * changes, or someone accepts it with a reason.
 */
public enum ClauseContradiction {
  /** Subcontracting is forbidden, but the vendor said a subcontractor does the work. */
  SUBCONTRACTING(
      VendorDueDiligence.FULFILMENT,
      (clauses, answers) ->
          !clauses.isSubcontractingAllowed()
              && (answers.chose(VendorDueDiligence.FULFILMENT, "disclosed-subcontractor")
                  || answers.chose(VendorDueDiligence.FULFILMENT, "undisclosed-subcontractor"))),
  /** The leads are ours, but the vendor said it owns or shares them. */
  LEAD_OWNERSHIP(
      VendorDueDiligence.LEAD_OWNERSHIP,
      (clauses, answers) ->
          clauses.isWeOwnLeads()
              && (answers.chose(VendorDueDiligence.LEAD_OWNERSHIP, "vendor")
                  || answers.chose(VendorDueDiligence.LEAD_OWNERSHIP, "shared"))),
  /** The leads are not reused for others, but the vendor said it may reuse them. */
  LEAD_REUSE(
      VendorDueDiligence.REUSE,
      (clauses, answers) ->
          clauses.isNoReuseForOthers() && answers.answered(VendorDueDiligence.REUSE, true)),
  /** The data stays inside the EU/EEA, but the vendor said it is processed outside. */
  DATA_OUTSIDE_EEA(
      VendorDueDiligence.DATA_REGION,
      (clauses, answers) ->
          clauses.isDataInsideEea()
              && (answers.chose(VendorDueDiligence.DATA_REGION, "outside")
                  || answers.chose(VendorDueDiligence.DATA_REGION, "outside-safeguarded"))),
  /** The data is returned and deleted at exit, but the vendor said it is not. */
  RETURN_AND_DELETION(
      VendorDueDiligence.RETURN_DELETION,
      (clauses, answers) ->
          clauses.isReturnAndDeleteAtExit()
              && answers.answered(VendorDueDiligence.RETURN_DELETION, false)),
  /** The team is dedicated, but the vendor said its reps work for other clients too. */
  TEAM_NOT_DEDICATED(
      VendorDueDiligence.DEDICATION,
      (clauses, answers) ->
          clauses.isDedicatedTeam()
              && (answers.chose(VendorDueDiligence.DEDICATION, "few")
                  || answers.chose(VendorDueDiligence.DEDICATION, "many"))),
  /** Neither side recruits the other's sellers, but the vendor would not agree to it. */
  POACHING(
      VendorDueDiligence.NO_POACHING,
      (clauses, answers) ->
          clauses.isNoPoaching() && answers.answered(VendorDueDiligence.NO_POACHING, false)),
  /** Consent and the opt-out registers are checked, but the vendor said it does not check them. */
  OPT_OUT_REGISTERS(
      VendorDueDiligence.TELEMARKETING_CONSENT,
      (clauses, answers) ->
          clauses.isOptOutRegistersChecked()
              && answers.answered(VendorDueDiligence.TELEMARKETING_CONSENT, false)),
  /** The Contractor's Liability Act reports are due, but the vendor has not given them. */
  CONTRACTOR_LIABILITY(
      VendorDueDiligence.CONTRACTOR_LIABILITY,
      (clauses, answers) ->
          clauses.isContractorLiabilityReports()
              && answers.chose(VendorDueDiligence.CONTRACTOR_LIABILITY, "not-given"));

  private final String questionKey;

  private final BiPredicate<ContractClauses, DueDiligenceAnswers> holds;

  ClauseContradiction(String questionKey, BiPredicate<ContractClauses, DueDiligenceAnswers> holds) {
    this.questionKey = questionKey;
    this.holds = holds;
  }

  /** The due-diligence question whose answer the clause contradicts. */
  public String questionKey() {
    return questionKey;
  }

  /**
   * Whether any contract's clauses could contradict these answers, the strictest contract's among
   * them: whether a vendor's contracts need reading at all.
   */
  public static boolean possibleWith(List<Answer> dueDiligence) {
    ContractClauses strictest = new ContractClauses();
    strictest.setWeOwnLeads(true);
    strictest.setNoReuseForOthers(true);
    strictest.setDataInsideEea(true);
    strictest.setReturnAndDeleteAtExit(true);
    strictest.setDedicatedTeam(true);
    strictest.setSubcontractingAllowed(false);
    strictest.setNoPoaching(true);
    strictest.setOptOutRegistersChecked(true);
    strictest.setContractorLiabilityReports(true);
    return !between(strictest, dueDiligence).isEmpty();
  }

  /** The contradictions between a contract's clauses and a due diligence's answers. */
  public static List<ClauseContradiction> between(
      ContractClauses clauses, List<Answer> dueDiligence) {
    DueDiligenceAnswers answers = new DueDiligenceAnswers(dueDiligence);
    return Arrays.stream(values())
        .filter(contradiction -> contradiction.holds.test(clauses, answers))
        .toList();
  }
}
