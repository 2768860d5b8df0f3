package io.outsight.core.contract;

import io.outsight.core.assessment.Answer;
import io.outsight.core.assessment.builtin.VendorDueDiligence;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * What due diligence asked the contract to settle: we own the leads and contacts, the vendor does
 * not reuse them for others, where the data lives and whether it stays inside the EU/EEA, that it
 * is returned and deleted at exit, whether the team is dedicated and whether the vendor may
 * subcontract; and Nordic practice: neither side recruits the other's sellers, the vendor checks
 * consent and the opt-out registers before contacting anyone, and it gives the reports the
 * Contractor's Liability Act requires.
 */
@Embeddable
public class ContractClauses implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "we_own_leads")
  private boolean weOwnLeads;

  @Column(name = "no_reuse_for_others")
  private boolean noReuseForOthers;

  @Size(max = 200, message = "{outsight.field.tooLong}")
  @Column(name = "data_location")
  private String dataLocation;

  @Column(name = "data_inside_eea")
  private boolean dataInsideEea;

  @Column(name = "return_and_delete_at_exit")
  private boolean returnAndDeleteAtExit;

  @Column(name = "dedicated_team")
  private boolean dedicatedTeam;

  @Column(name = "subcontracting_allowed")
  private boolean subcontractingAllowed;

  @Column(name = "no_poaching")
  private boolean noPoaching;

  @Column(name = "opt_out_registers_checked")
  private boolean optOutRegistersChecked;

  @Column(name = "contractor_liability_reports")
  private boolean contractorLiabilityReports;

  public boolean isNoPoaching() {
    return noPoaching;
  }

  public void setNoPoaching(boolean noPoaching) {
    this.noPoaching = noPoaching;
  }

  public boolean isOptOutRegistersChecked() {
    return optOutRegistersChecked;
  }

  public void setOptOutRegistersChecked(boolean optOutRegistersChecked) {
    this.optOutRegistersChecked = optOutRegistersChecked;
  }

  public boolean isContractorLiabilityReports() {
    return contractorLiabilityReports;
  }

  public void setContractorLiabilityReports(boolean contractorLiabilityReports) {
    this.contractorLiabilityReports = contractorLiabilityReports;
  }

  public boolean isWeOwnLeads() {
    return weOwnLeads;
  }

  public void setWeOwnLeads(boolean weOwnLeads) {
    this.weOwnLeads = weOwnLeads;
  }

  public boolean isNoReuseForOthers() {
    return noReuseForOthers;
  }

  public void setNoReuseForOthers(boolean noReuseForOthers) {
    this.noReuseForOthers = noReuseForOthers;
  }

  public String getDataLocation() {
    return dataLocation;
  }

  public void setDataLocation(String dataLocation) {
    this.dataLocation = dataLocation;
  }

  public boolean isDataInsideEea() {
    return dataInsideEea;
  }

  public void setDataInsideEea(boolean dataInsideEea) {
    this.dataInsideEea = dataInsideEea;
  }

  public boolean isReturnAndDeleteAtExit() {
    return returnAndDeleteAtExit;
  }

  public void setReturnAndDeleteAtExit(boolean returnAndDeleteAtExit) {
    this.returnAndDeleteAtExit = returnAndDeleteAtExit;
  }

  public boolean isDedicatedTeam() {
    return dedicatedTeam;
  }

  public void setDedicatedTeam(boolean dedicatedTeam) {
    this.dedicatedTeam = dedicatedTeam;
  }

  public boolean isSubcontractingAllowed() {
    return subcontractingAllowed;
  }

  public void setSubcontractingAllowed(boolean subcontractingAllowed) {
    this.subcontractingAllowed = subcontractingAllowed;
  }

  /**
   * The clauses a contract with the vendor starts with after its approved due diligence: what we
   * always ask for (our leads, no reuse, return and deletion at exit, data inside the EU/EEA)
   * unless the vendor showed a safe alternative (data outside under safeguards), and the facts the
   * vendor gave (who does the work, whether the team is dedicated, where the data lives). Where the
   * vendor's answer cannot meet a clause we ask for, the clause is still drafted, and {@link
   * ClauseContradiction#between} shows the contradiction.
   */
  public static ContractClauses impliedBy(List<Answer> dueDiligence) {
    DueDiligenceAnswers answers = new DueDiligenceAnswers(dueDiligence);
    ContractClauses implied = new ContractClauses();
    implied.weOwnLeads = true;
    implied.noReuseForOthers = true;
    implied.returnAndDeleteAtExit = true;
    implied.dataInsideEea = !answers.chose(VendorDueDiligence.DATA_REGION, "outside-safeguarded");
    implied.dataLocation =
        answers
            .text(VendorDueDiligence.DATA_LOCATION)
            .map(text -> text.length() > 200 ? text.substring(0, 200) : text)
            .orElse(null);
    implied.dedicatedTeam = answers.chose(VendorDueDiligence.DEDICATION, "dedicated");
    implied.subcontractingAllowed =
        answers.chose(VendorDueDiligence.FULFILMENT, "disclosed-subcontractor");
    // Nordic practice belongs in every contract: a vendor that refused it in due diligence shows
    // as a contradiction, not as a clause left out.
    implied.noPoaching = true;
    implied.optOutRegistersChecked = true;
    implied.contractorLiabilityReports = true;
    return implied;
  }

  ContractClauses copy() {
    ContractClauses copy = new ContractClauses();
    copy.weOwnLeads = weOwnLeads;
    copy.noReuseForOthers = noReuseForOthers;
    copy.dataLocation =
        dataLocation == null || dataLocation.isBlank() ? null : dataLocation.strip();
    copy.dataInsideEea = dataInsideEea;
    copy.returnAndDeleteAtExit = returnAndDeleteAtExit;
    copy.dedicatedTeam = dedicatedTeam;
    copy.subcontractingAllowed = subcontractingAllowed;
    copy.noPoaching = noPoaching;
    copy.optOutRegistersChecked = optOutRegistersChecked;
    copy.contractorLiabilityReports = contractorLiabilityReports;
    return copy;
  }
}
