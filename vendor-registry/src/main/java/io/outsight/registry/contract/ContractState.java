package io.outsight.registry.contract;

import io.outsight.core.contract.Contract;
import io.outsight.core.contract.ContractStatus;
import io.outsight.core.contract.TermSheet;
import java.io.Serializable;

/** A contract's state as the audit trail records it before and after a change. */
public record ContractState(
    long vendorId, ContractStatus status, String statusReason, TermSheet terms)
    implements Serializable {

  public static ContractState of(Contract contract) {
    return new ContractState(
        contract.vendorId(),
        contract.status(),
        contract.statusReason().orElse(null),
        contract.sheet());
  }
}
