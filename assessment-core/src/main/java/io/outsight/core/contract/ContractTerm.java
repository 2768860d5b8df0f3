package io.outsight.core.contract;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a contract runs: a fixed term ends on its end date; an evergreen contract renews itself
 * at each end for {@code renewalMonths} more unless notice is given, at the latest {@code
 * noticeMonths} before that end.
 */
public record ContractTerm(LocalDate start, LocalDate end, boolean evergreen, int renewalMonths, int noticeMonths)
    implements Serializable {

  public ContractTerm {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("a contract ends after it starts: " + start + " - " + end);
    }
    if (noticeMonths < 0 || (evergreen && renewalMonths < 1)) {
      throw new IllegalArgumentException("notice cannot be negative, and an evergreen contract renews for a month or more");
    }
  }

  /**
   * The end of the term running on {@code day}: for an evergreen contract, the end it has renewed to
   * by then; none once a fixed term is over.
   */
  public Optional<LocalDate> currentEnd(LocalDate day) {
    if (!evergreen) {
      return day.isAfter(end) ? Optional.empty() : Optional.of(end);
    }
    LocalDate termEnd = end;
    while (day.isAfter(termEnd)) {
      termEnd = termEnd.plusMonths(renewalMonths);
    }
    return Optional.of(termEnd);
  }

  /**
   * The last day to give notice so that the contract ends with the term running on {@code day}; for
   * an evergreen contract whose deadline for this term has passed, the next term's deadline.
   */
  public Optional<LocalDate> noticeDeadline(LocalDate day) {
    Optional<LocalDate> termEnd = currentEnd(day);
    if (termEnd.isEmpty()) {
      return Optional.empty();
    }
    LocalDate deadline = termEnd.get().minusMonths(noticeMonths);
    if (evergreen && day.isAfter(deadline)) {
      deadline = termEnd.get().plusMonths(renewalMonths).minusMonths(noticeMonths);
    }
    return Optional.of(deadline);
  }
}
