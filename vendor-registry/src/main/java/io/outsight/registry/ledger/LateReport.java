package io.outsight.registry.ledger;

import java.io.Serializable;
import java.time.LocalDate;

/** A period a vendor has not reported although its report was due. */
public record LateReport(
    long contractId,
    String contractReference,
    long vendorId,
    String vendorName,
    String period,
    LocalDate due)
    implements Serializable {}
