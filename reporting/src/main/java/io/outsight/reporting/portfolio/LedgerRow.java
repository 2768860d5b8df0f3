package io.outsight.reporting.portfolio;

import java.math.BigDecimal;
import java.time.Instant;

/** One ledger value as the portfolio export writes it, superseded ones included, with where it came from. */
record LedgerRow(String contract, String vendor, String metric, String period, BigDecimal value, String source, String recordedBy,
    Instant recordedAt, long submission, Integer line, Long supersededBy) {}
