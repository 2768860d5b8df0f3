package io.outsight.registry.contract;

import io.outsight.core.contract.Contract;
import io.outsight.core.contract.ContractStatus;
import io.outsight.core.contract.TermSheet;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A contract as the screens and the API show it: its terms, where it stands and where it may go,
 * and the end of its running term with the last day to give notice, as of the day it was read.
 */
public record ContractDetails(
    long id,
    long version,
    String reference,
    long vendorId,
    String vendorName,
    ContractStatus status,
    String statusReason,
    Set<ContractStatus> nextStatuses,
    TermSheet terms,
    LocalDate currentEnd,
    LocalDate noticeDeadline,
    String createdBy,
    Instant createdAt)
    implements Serializable {

  static ContractDetails of(Contract contract, String vendorName, LocalDate today) {
    return new ContractDetails(
        contract.id(),
        contract.version(),
        contract.reference(),
        contract.vendorId(),
        vendorName,
        contract.status(),
        contract.statusReason().orElse(null),
        contract.status().next(),
        contract.sheet(),
        contract.status().ended() ? null : contract.term().currentEnd(today).orElse(null),
        contract.status().ended() ? null : contract.term().noticeDeadline(today).orElse(null),
        contract.createdBy(),
        contract.createdAt());
  }
}
