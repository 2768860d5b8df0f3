package io.outsight.reporting.settlement;

import io.outsight.core.settlement.Invoice;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A vendor's invoice beside what was settled for its period: the variance in money and in per cent
 * of the settled amount, and whether it is beyond the contract's tolerance.
 *
 * @param variancePercent null when nothing was settled for the period
 * @param acceptance who accepted a flagged variance, when and why; null while nobody has
 */
public record InvoiceCheck(
    long id,
    long contractId,
    String contractReference,
    String vendorName,
    String period,
    String number,
    LocalDate invoicedOn,
    String currency,
    BigDecimal invoiced,
    BigDecimal settled,
    BigDecimal variance,
    BigDecimal variancePercent,
    BigDecimal tolerancePercent,
    boolean flagged,
    String recordedBy,
    Instant recordedAt,
    long version,
    Invoice.Acceptance acceptance)
    implements Serializable {

  /** Whether someone still has to look at it: flagged and its variance not accepted. */
  public boolean toCheck() {
    return flagged && acceptance == null;
  }
}
