package io.outsight.core.ledger;

import io.outsight.extension.api.metric.MetricDefinition;
import io.outsight.extension.api.metric.MetricUnit;
import io.outsight.extension.api.metric.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** What the ledger accepts as a value, whichever way it arrives: a file, the grid or the API. */
public final class LedgerRules {

  /** The ledger keeps four decimals: enough for revenue in cents and for averages. */
  public static final int SCALE = 4;

  /** The ledger's column holds 19 digits, four of them decimals: a value is below 10^15. */
  public static final BigDecimal LIMIT = BigDecimal.TEN.pow(19 - SCALE);

  /** The most characters a correction's reason keeps. */
  public static final int REASON_LENGTH = 500;

  /** The most leads one return may carry: a period's returns are far fewer. */
  public static final int RETURN_LIMIT = 1_000_000;

  private LedgerRules() {}

  /**
   * Why leads cannot be recorded as returned from a delivery period on a day, as a code, or empty
   * when they can: a return falls on or after the period's first day and not after today.
   */
  public static Optional<String> refusesReturnDate(
      Period delivery, LocalDate returnedOn, LocalDate today) {
    if (returnedOn == null) {
      return Optional.of("return-date-missing");
    }
    if (returnedOn.isBefore(delivery.firstDay())) {
      return Optional.of("returned-before-delivery");
    }
    if (returnedOn.isAfter(today)) {
      return Optional.of("returned-in-future");
    }
    return Optional.empty();
  }

  /** Why a number of leads cannot be recorded as one return, or empty: a whole number from 1. */
  public static Optional<String> refusesReturnedLeads(BigDecimal leads) {
    if (leads == null) {
      return Optional.of("missing-value");
    }
    if (leads.compareTo(BigDecimal.valueOf(RETURN_LIMIT)) > 0) {
      return Optional.of("too-many-returned");
    }
    if (leads.signum() <= 0) {
      return Optional.of("none-returned");
    }
    if (leads.stripTrailingZeros().scale() > 0) {
      return Optional.of("not-whole");
    }
    return Optional.empty();
  }

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
    // a loop, not a stream: a file of a million corrections asks this once a line
    for (int i = 0; i < reason.length(); i++) {
      char c = reason.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\t') {
        return Optional.of("reason-not-plain");
      }
    }
    return Optional.empty();
  }

  /**
   * Why a reason that must be given cannot be kept, as a code, or empty when it can: text besides
   * spaces, kept as {@link #refusesReason} keeps a correction's.
   */
  public static Optional<String> refusesRequiredReason(String reason) {
    if (reason == null || reason.isBlank()) {
      return Optional.of("reason-missing");
    }
    return refusesReason(reason.strip());
  }

  /**
   * Why a value cannot be recorded for the metric, as a code, or empty when it can. Whether the
   * metric takes values at all is the metric's question, asked apart.
   */
  public static Optional<String> refusesValue(MetricDefinition metric, BigDecimal value) {
    return refusesValue(metric.unit(), value);
  }

  /** Why a value in this unit cannot be recorded, as a code, or empty when it can. */
  public static Optional<String> refusesValue(MetricUnit unit, BigDecimal value) {
    // first, and by magnitude alone: a value such as 1e999999999 is never written out in full
    if (value.compareTo(LIMIT) >= 0) {
      return Optional.of("too-large");
    }
    if (value.signum() < 0) {
      return Optional.of("negative");
    }
    if (unit == MetricUnit.COUNT && value.stripTrailingZeros().scale() > 0) {
      return Optional.of("not-whole");
    }
    if (value.stripTrailingZeros().scale() > SCALE) {
      return Optional.of("too-precise");
    }
    return Optional.empty();
  }
}
