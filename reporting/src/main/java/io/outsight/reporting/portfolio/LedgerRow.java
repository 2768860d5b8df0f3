package io.outsight.reporting.portfolio;

import java.math.BigDecimal;

/** One ledger value as the portfolio export writes it, superseded ones included, with where it came from; times in ISO 8601 UTC. */
record LedgerRow(String contract, String vendor, String metric, String period, BigDecimal value, String source, String recordedBy,
    String recordedAt, long submission, Integer line, Long supersededBy) {}
