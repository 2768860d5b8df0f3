package io.outsight.registry.contract;

import io.outsight.core.contract.ContractScope;
import io.outsight.core.contract.ContractStatus;
import java.io.Serializable;
import java.time.LocalDate;

/** A contract as lists show it. */
public record ContractSummary(
    long id,
    String reference,
    long vendorId,
    String vendorName,
    ContractScope scope,
    String scopeDetail,
    LocalDate start,
    LocalDate end,
    boolean evergreen,
    String compensationModel,
    ContractStatus status)
    implements Serializable {}
