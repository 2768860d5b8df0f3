package io.outsight.core.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What due diligence asked the contract to settle: we own the leads and contacts, the vendor does
 * not reuse them for others, where the data lives, that it is returned and deleted at exit, whether
 * the team is dedicated and whether the vendor may subcontract.
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

  @Column(name = "return_and_delete_at_exit")
  private boolean returnAndDeleteAtExit;

  @Column(name = "dedicated_team")
  private boolean dedicatedTeam;

  @Column(name = "subcontracting_allowed")
  private boolean subcontractingAllowed;

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

  ContractClauses copy() {
    ContractClauses copy = new ContractClauses();
    copy.weOwnLeads = weOwnLeads;
    copy.noReuseForOthers = noReuseForOthers;
    copy.dataLocation =
        dataLocation == null || dataLocation.isBlank() ? null : dataLocation.strip();
    copy.returnAndDeleteAtExit = returnAndDeleteAtExit;
    copy.dedicatedTeam = dedicatedTeam;
    copy.subcontractingAllowed = subcontractingAllowed;
    return copy;
  }
}
