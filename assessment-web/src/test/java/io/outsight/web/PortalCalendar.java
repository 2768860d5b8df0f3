package io.outsight.web;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The day the portal under test takes as today: the one its calendar starts on when a run fixes it
 * ({@code -Doutsight.calendar.today=2028-02-29}, passed to the portal too), else the real day.
 */
public final class PortalCalendar {

  private PortalCalendar() {}

  public static LocalDate today() {
    String fixed = System.getProperty("outsight.calendar.today", "").strip();
    return fixed.isEmpty() ? LocalDate.now() : LocalDate.parse(fixed);
  }

  /** The month {@code months} before this one, as the ledger writes it: 2026-11. */
  public static String monthsAgo(int months) {
    return YearMonth.from(today()).minusMonths(months).toString();
  }
}
