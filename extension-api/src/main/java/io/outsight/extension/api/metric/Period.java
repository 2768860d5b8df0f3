package io.outsight.extension.api.metric;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Pattern;

/** A reporting period: a calendar month or a calendar quarter, written 2026-11 or 2026-Q4. */
public record Period(YearMonth firstMonth, int months) implements Serializable, Comparable<Period> {

  private static final Pattern QUARTER =
      Pattern.compile("(\\d{4})-?Q([1-4])", Pattern.CASE_INSENSITIVE);

  /**
   * A month, matched rather than parsed with {@code YearMonth.parse}, whose formatter cost a
   * noticeable share of a large results file's import, once a line.
   */
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

  public Period {
    Objects.requireNonNull(firstMonth, "first month");
    if (months != 1 && months != 3) {
      throw new IllegalArgumentException("a period is a month or a quarter");
    }
    if (months == 3 && (firstMonth.getMonthValue() - 1) % 3 != 0) {
      throw new IllegalArgumentException(
          "a quarter starts in January, April, July or October: " + firstMonth);
    }
  }

  public static Period month(int year, int month) {
    return new Period(YearMonth.of(year, month), 1);
  }

  public static Period quarter(int year, int quarter) {
    return new Period(YearMonth.of(year, (quarter - 1) * 3 + 1), 3);
  }

  /**
   * A period as the ledger writes it: {@code 2026-11} for a month, {@code 2026-Q4} for a quarter.
   *
   * @throws IllegalArgumentException when the text is neither
   */
  public static Period parse(String text) {
    String stripped = text.strip();
    // months first: a monthly file, the usual one, then tries no other pattern on its lines
    var month = MONTH.matcher(stripped);
    if (month.matches()) {
      try {
        return month(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
      } catch (DateTimeException notAMonth) {
        throw notAPeriod(text, notAMonth);
      }
    }
    var quarter = QUARTER.matcher(stripped);
    if (!quarter.matches()) {
      throw notAPeriod(text, null);
    }
    return quarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)));
  }

  private static IllegalArgumentException notAPeriod(String text, Throwable cause) {
    return new IllegalArgumentException(
        "not a month (2026-11) or a quarter (2026-Q4): " + text, cause);
  }

  /** The month or quarter that contains this day. */
  public static Period containing(LocalDate day, int months) {
    YearMonth month = YearMonth.from(day);
    return new Period(
        months == 3 ? month.minusMonths((month.getMonthValue() - 1) % 3) : month, months);
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
    return months == 1
        ? firstMonth.toString()
        : firstMonth.getYear() + "-Q" + ((firstMonth.getMonthValue() - 1) / 3 + 1);
  }
}
