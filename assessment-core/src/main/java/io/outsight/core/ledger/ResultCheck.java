package io.outsight.core.ledger;

import io.outsight.core.contract.Contract;
import io.outsight.extension.api.metric.MetricDefinition;
import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.metric.ReportedMetric;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The checks a result offered to the ledger passes, the same for a line of a results file and an
 * entry sent through the API or the grid. Each refusal names the field it concerns, so that the
 * file can point at the field's column and the API at the entry's field, with the code and the
 * arguments that its message shows in either language.
 */
public final class ResultCheck {

  /** The parts of a result, numbered from 1 as an API entry's fields are. */
  public enum Field {
    CONTRACT("contract"),
    METRIC("metric"),
    PERIOD("period"),
    VALUE("value"),
    REASON("reason"),
    RETURNED_ON("returnedOn");

    private final String property;

    Field(String property) {
      this.property = property;
    }

    /** The field's name in an API entry. */
    public String property() {
      return property;
    }

    /** The field's number in an API entry, from 1. */
    public int number() {
      return ordinal() + 1;
    }
  }

  /** Why a field cannot be taken, as a stable code with the arguments its message shows. */
  public record Refusal(Field field, String code, List<String> arguments) {}

  private final LocalDate today;

  /**
   * @param today the portal's day, which bounds the periods and the days of returns
   */
  public ResultCheck(LocalDate today) {
    this.today = today;
  }

  /** The contract a result is for, found by its reference, or why it is not. */
  public Optional<Refusal> contract(String reference, Optional<Contract> found) {
    if (reference == null || reference.isBlank()) {
      return refusal(Field.CONTRACT, "missing-value");
    }
    return found.isPresent()
        ? Optional.empty()
        : refusal(Field.CONTRACT, "unknown-contract", reference);
  }

  /** The metric a result is of, found by its name, or why it takes no values. */
  public Optional<Refusal> metric(String name, Optional<MetricDefinition> found) {
    if (name == null || name.isBlank()) {
      return refusal(Field.METRIC, "missing-value");
    }
    if (found.isEmpty()) {
      return refusal(Field.METRIC, "unknown-metric", name);
    }
    return found.get().reported()
        ? Optional.empty()
        : refusal(Field.METRIC, "derived-metric", name);
  }

  /** Whether the contract takes results for the period today. */
  public Optional<Refusal> period(Contract contract, Period period) {
    return contract
        .refusesResultsFor(period, today)
        .map(
            code ->
                new Refusal(Field.PERIOD, code, List.of(period.toString(), contract.reference())));
  }

  /**
   * Whether the value can be recorded for the metric: leads returned are a whole number of leads
   * within a return's bounds, any other value fits the ledger.
   *
   * @param asGiven the value as the sender wrote it, for the message: a value too large to hold is
   *     never written out in full
   */
  public Optional<Refusal> value(MetricDefinition metric, BigDecimal value, String asGiven) {
    if (value == null) {
      return refusal(Field.VALUE, "missing-value");
    }
    if (isReturn(metric)) {
      return LedgerRules.refusesReturnedLeads(value)
          .map(
              code ->
                  new Refusal(
                      Field.VALUE,
                      code,
                      List.of(asGiven, String.valueOf(LedgerRules.RETURN_LIMIT))));
    }
    return LedgerRules.refusesValue(metric, value)
        .map(code -> new Refusal(Field.VALUE, code, List.of(asGiven)));
  }

  /**
   * Whether the day leads were returned fits the return: only leads returned take a day, on or
   * after the first day of the period they were delivered in and not after today.
   *
   * @param asGiven the day as the sender wrote it, for the message
   */
  public Optional<Refusal> returnedOn(
      String metric, Period delivery, LocalDate day, String asGiven) {
    if (!metric.equals(ReportedMetric.LEADS_RETURNED.id())) {
      return day == null ? Optional.empty() : refusal(Field.RETURNED_ON, "not-a-return", metric);
    }
    return LedgerRules.refusesReturnDate(delivery, day, today)
        .map(
            code ->
                new Refusal(
                    Field.RETURNED_ON,
                    code,
                    List.of(asGiven, delivery.toString(), today.toString())));
  }

  /** Whether a correction's reason can be kept. */
  public Optional<Refusal> reason(String reason) {
    return LedgerRules.refusesReason(reason)
        .map(
            code ->
                new Refusal(
                    Field.REASON, code, List.of(String.valueOf(LedgerRules.REASON_LENGTH))));
  }

  /**
   * A value as a message shows it: in plain digits, or in scientific notation where plain digits
   * would run past a few dozen, as 1e999999999 would.
   */
  public static String shown(BigDecimal value) {
    if (value == null) {
      return "null";
    }
    return Math.abs((long) value.precision() - value.scale()) <= 40 && value.scale() <= 40
        ? value.toPlainString()
        : value.toString();
  }

  /** Whether values of the metric are leads returned, recorded as returns rather than results. */
  public static boolean isReturn(MetricDefinition metric) {
    return metric.id().equals(ReportedMetric.LEADS_RETURNED.id());
  }

  private static Optional<Refusal> refusal(Field field, String code, String... arguments) {
    return Optional.of(new Refusal(field, code, List.of(arguments)));
  }
}
