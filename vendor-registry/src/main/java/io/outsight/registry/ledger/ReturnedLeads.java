package io.outsight.registry.ledger;

import io.outsight.core.ledger.ResultSource;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A return of leads as the contract's pages and the API show it: from which delivery period, on
 * which day, how many and why; when the dispute window closed; and what it does to the payouts.
 *
 * @param credit how the return counts: {@code CREDITED} against its delivery period's payout,
 *     {@code ADJUSTED} in the next open period because its delivery period was settled before it
 *     was recorded, or {@code NOT_CREDITED} because it came after the window
 */
public record ReturnedLeads(
    long id,
    String period,
    LocalDate returnedOn,
    int leads,
    String reason,
    LocalDate windowCloses,
    Credit credit,
    ResultSource source,
    String recordedBy,
    Instant recordedAt,
    String fileName,
    Integer line,
    boolean recordedAfterWindow)
    implements Serializable {

  /** What a return does to the payouts. */
  public enum Credit {
    CREDITED,
    ADJUSTED,
    NOT_CREDITED,
    NO_EFFECT
  }
}
