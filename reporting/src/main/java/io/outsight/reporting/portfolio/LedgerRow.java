package io.outsight.reporting.portfolio;

import java.math.BigDecimal;

/**
 * One ledger value as the portfolio export writes it, superseded ones included, with where it came
 * from; its id is what a later value's "superseded by" names. Times in ISO 8601 UTC.
 */
record LedgerRow(
    long id,
    String contract,
    String vendor,
    String metric,
    String period,
    BigDecimal value,
    String source,
    String recordedBy,
    String recordedAt,
    long submission,
    Integer line,
    Long supersededBy) {

  /** The row's cells in the order of {@link PortfolioExport#COLUMNS}. */
  Object[] cells() {
    return new Object[] {
      id,
      contract,
      vendor,
      metric,
      period,
      value,
      source,
      recordedBy,
      recordedAt,
      submission,
      line,
      supersededBy
    };
  }
}
