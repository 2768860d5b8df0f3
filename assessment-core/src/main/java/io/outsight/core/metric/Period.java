package io.outsight.core.metric;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/** A reporting period: a calendar month or a calendar quarter, written 2026-11 or 2026-Q4. */
public record Period(YearMonth firstMonth, int months) implements Serializable, Comparable<Period> {

  public Period {
    Objects.requireNonNull(firstMonth, "first month");
    if (months != 1 && months != 3) {
      throw new IllegalArgumentException("a period is a month or a quarter");
    }
    if (months == 3 && (firstMonth.getMonthValue() - 1) % 3 != 0) {
      throw new IllegalArgumentException("a quarter starts in January, April, July or October: " + firstMonth);
    }
  }

  public static Period month(int year, int month) {
    return new Period(YearMonth.of(year, month), 1);
  }

  public static Period quarter(int year, int quarter) {
    return new Period(YearMonth.of(year, (quarter - 1) * 3 + 1), 3);
  }

  /** The month or quarter that contains this day. */
  public static Period containing(LocalDate day, int months) {
    YearMonth month = YearMonth.from(day);
    return new Period(months == 3 ? month.minusMonths((month.getMonthValue() - 1) % 3) : month, months);
  }

  public LocalDate firstDay() {
    return firstMonth.atDay(1);
  }

  public LocalDate lastDay() {
    return firstMonth.plusMonths(months - 1L).atEndOfMonth();
  }

  public Period next() {
    return new Period(firstMonth.plusMonths(months), months);
  }

  @Override
  public int compareTo(Period other) {
    return firstMonth.compareTo(other.firstMonth);
  }

  @Override
  public String toString() {
    return months == 1 ? firstMonth.toString() : firstMonth.getYear() + "-Q" + ((firstMonth.getMonthValue() - 1) / 3 + 1);
  }
}
