package io.outsight.registry.ledger;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A value for the ledger, as the grid and the API give it: the contract by reference, the metric by
 * id or name, the period as 2026-11 or 2026-Q4, and for a value that corrects one reported before,
 * the reason. Leads returned are entered as the metric {@code leads-returned} for the period they
 * were delivered in, with {@code returnedOn}, the day they were returned, and the reason they were
 * returned if given; they add a return rather than correct a value. From the grid, {@code
 * seenValueId} is the value the user corrected (none for an empty cell), so that a value saved
 * meanwhile is not overruled unseen.
 */
public record ResultEntry(
    String contract,
    String metric,
    String period,
    BigDecimal value,
    String reason,
    @Schema(example = "2026-11-20") LocalDate returnedOn,
    Long seenValueId)
    implements Serializable {}
