package io.outsight.registry.ledger;

import io.outsight.core.ledger.ResultSource;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A value in the ledger with where it came from and, for a correction, why; a superseded value is
 * history, kept as it was.
 */
public record LedgerValue(
    long id,
    String metric,
    String period,
    BigDecimal value,
    ResultSource source,
    String recordedBy,
    Instant recordedAt,
    long submissionId,
    String fileName,
    Integer line,
    String reason,
    boolean current)
    implements Serializable {}
