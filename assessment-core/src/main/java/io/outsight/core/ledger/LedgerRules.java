package io.outsight.core.ledger;

import io.outsight.core.metric.MetricDefinition;
import io.outsight.core.metric.MetricUnit;
import java.math.BigDecimal;
import java.util.Optional;

/** What the ledger accepts as a value, whichever way it arrives: a file, the grid or the API. */
public final class LedgerRules {

  /** The ledger keeps four decimals: enough for revenue in cents and for averages. */
  public static final int SCALE = 4;

  /** The ledger's column holds 19 digits, four of them decimals: a value is below 10^15. */
  public static final BigDecimal LIMIT = BigDecimal.TEN.pow(19 - SCALE);

  /** The most characters a correction's reason keeps. */
  public static final int REASON_LENGTH = 500;

  private LedgerRules() {}

  /**
   * Why a correction's reason cannot be kept, as a code, or empty when it can: it fits the ledger
   * and is plain text on one or more lines.
   */
  public static Optional<String> refusesReason(String reason) {
    if (reason == null) {
      return Optional.empty();
    }
    if (reason.codePointCount(0, reason.length()) > REASON_LENGTH) {
      return Optional.of("reason-too-long");
    }
    if (reason.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
      return Optional.of("reason-not-plain");
    }
    return Optional.empty();
  }

  /** Why a value cannot be recorded for the metric, as a code, or empty when it can. */
  public static Optional<String> refusesValue(MetricDefinition metric, BigDecimal value) {
    if (!metric.reported()) {
      return Optional.of("derived-metric");
    }
    // first, and by magnitude alone: a value such as 1e999999999 is never written out in full
    if (value.compareTo(LIMIT) >= 0) {
      return Optional.of("too-large");
    }
    if (value.signum() < 0) {
      return Optional.of("negative");
    }
    if (metric.unit() == MetricUnit.COUNT && value.stripTrailingZeros().scale() > 0) {
      return Optional.of("not-whole");
    }
    if (value.stripTrailingZeros().scale() > SCALE) {
      return Optional.of("too-precise");
    }
    return Optional.empty();
  }
}
