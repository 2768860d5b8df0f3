package io.outsight.core.contract;

import io.outsight.extension.api.metric.Period;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * When a vendor reports: monthly or quarterly, each period's results due on a day of the month
 * after it ends (the last day of that month if the month is shorter).
 */
public record ReportingSchedule(Cadence cadence, int dueDay) implements Serializable {

  public enum Cadence {
    MONTHLY(1),
    QUARTERLY(3);

    private final int months;

    Cadence(int months) {
      this.months = months;
    }

    public int months() {
      return months;
    }
  }

  public ReportingSchedule {
    if (dueDay < 1 || dueDay > 31) {
      throw new IllegalArgumentException("the due day is 1 to 31: " + dueDay);
    }
  }

  /** The day a period's report is due: its due day in the month after the period. */
  public LocalDate dueDate(Period period) {
    LocalDate monthAfter = period.lastDay().plusDays(1);
    return monthAfter.withDayOfMonth(Math.min(dueDay, monthAfter.lengthOfMonth()));
  }

  /**
   * The periods of a contract running from {@code start} whose reports were due before {@code
   * today} and have not come: the late and missing reports.
   */
  public List<Period> lateReports(
      LocalDate start, LocalDate end, Set<Period> reported, LocalDate today) {
    List<Period> late = new ArrayList<>();
    for (Period period = Period.containing(start, cadence.months());
        !period.firstDay().isAfter(end == null ? today : end) && dueDate(period).isBefore(today);
        period = period.next()) {
      if (!reported.contains(period)) {
        late.add(period);
      }
    }
    return late;
  }
}
