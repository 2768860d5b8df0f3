package io.outsight.core.contract;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a contract runs: a fixed term ends on its end date; an evergreen contract renews itself
 * at each end for {@code renewalMonths} more unless notice is given, at the latest {@code
 * noticeMonths} before that end.
 */
public record ContractTerm(
    LocalDate start, LocalDate end, boolean evergreen, int renewalMonths, int noticeMonths)
    implements Serializable {

  public ContractTerm {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("a contract ends after it starts: " + start + " - " + end);
    }
    if (noticeMonths < 0 || (evergreen && renewalMonths < 1)) {
      throw new IllegalArgumentException(
          "notice cannot be negative, and an evergreen contract renews for a month or more");
    }
  }

  /**
   * The end of the term running on {@code day}: for an evergreen contract, the end it has renewed
   * to by then; none once a fixed term is over.
   */
  public Optional<LocalDate> currentEnd(LocalDate day) {
    if (!evergreen) {
      return day.isAfter(end) ? Optional.empty() : Optional.of(end);
    }
    Anchor anchor = anchor();
    return Optional.of(termEnd(anchor, renewalsBy(anchor, day)));
  }

  /**
   * The last day to give notice so that the contract ends with the term running on {@code day}; for
   * an evergreen contract whose deadline for this term has passed, the next term's deadline.
   */
  public Optional<LocalDate> noticeDeadline(LocalDate day) {
    Anchor anchor = anchor();
    if (!evergreen) {
      return currentEnd(day).map(termEnd -> noticeDeadline(anchor, 0));
    }
    int renewals = renewalsBy(anchor, day);
    LocalDate deadline = noticeDeadline(anchor, renewals);
    return Optional.of(day.isAfter(deadline) ? noticeDeadline(anchor, renewals + 1) : deadline);
  }

  /**
   * The term renewed once: it ends one renewal period later, counted from the same anchor as an
   * evergreen contract's renewals, so that a month's end stays the month's end (30 November renews
   * to the end of February, then to 31 May).
   *
   * @throws IllegalArgumentException when the term has no renewal period
   */
  public ContractTerm renewed() {
    if (renewalMonths < 1) {
      throw new IllegalArgumentException("a contract renews for a month or more");
    }
    return new ContractTerm(start, termEnd(anchor(), 1), evergreen, renewalMonths, noticeMonths);
  }

  /** How often an evergreen contract has renewed by {@code day}: 0 while its first term runs. */
  private int renewalsBy(Anchor anchor, LocalDate day) {
    int renewals = 0;
    while (day.isAfter(termEnd(anchor, renewals))) {
      renewals++;
    }
    return renewals;
  }

  /** The last day of the term after {@code renewals} renewals. */
  private LocalDate termEnd(Anchor anchor, int renewals) {
    return anchor.monthsOn((long) renewals * renewalMonths).minusDays(1);
  }

  /** Notice is due by the day before the one that lies the notice months before the term's end. */
  private LocalDate noticeDeadline(Anchor anchor, int renewals) {
    return anchor.monthsOn((long) renewals * renewalMonths - noticeMonths).minusDays(1);
  }

  /**
   * Every date of the calendar is counted in whole months from one anchor, never from the previous
   * renewal, so that month ends do not drift: a term ending 30 November renews to 28 February and
   * then 31 May, not 28 May. A first term of whole months counts from its start; any other first
   * term from the day after its end.
   */
  private Anchor anchor() {
    LocalDate dayAfterEnd = end.plusDays(1);
    long months = ChronoUnit.MONTHS.between(start, dayAfterEnd);
    return start.plusMonths(months).equals(dayAfterEnd)
        ? new Anchor(start, months)
        : new Anchor(dayAfterEnd, 0);
  }

  /** A day and the whole months from it to the day after the first term's end. */
  private record Anchor(LocalDate day, long monthsToFirstEnd) {

    /** The day {@code months} more (or fewer) than the first term's end lies from the anchor. */
    LocalDate monthsOn(long months) {
      return day.plusMonths(monthsToFirstEnd + months);
    }
  }
}
