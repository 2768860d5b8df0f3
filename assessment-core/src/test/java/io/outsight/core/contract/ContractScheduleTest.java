package io.outsight.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outsight.core.contract.ReportingSchedule.Cadence;
import io.outsight.core.metric.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContractScheduleTest {

  @Test
  void aFixedTermsNoticeDeadlineIsTheNoticePeriodBeforeItsEnd() {
    ContractTerm fixed = new ContractTerm(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), false, 0, 3);

    assertThat(fixed.noticeDeadline(LocalDate.of(2026, 6, 1))).contains(LocalDate.of(2026, 9, 30));
    assertThat(fixed.noticeDeadline(LocalDate.of(2027, 1, 1))).isEmpty();
  }

  @Test
  void anEvergreenContractMovesItsDeadlineWithEachRenewal() {
    // 2026-01-01 .. 2026-12-31, renews for 12 months, 3 months' notice.
    ContractTerm evergreen = new ContractTerm(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), true, 12, 3);

    assertThat(evergreen.noticeDeadline(LocalDate.of(2026, 9, 30))).contains(LocalDate.of(2026, 9, 30));
    // A day late for this term: the next chance is 3 months before the renewed end, 2027-12-31.
    assertThat(evergreen.noticeDeadline(LocalDate.of(2026, 10, 1))).contains(LocalDate.of(2027, 9, 30));
    assertThat(evergreen.currentEnd(LocalDate.of(2028, 2, 1))).contains(LocalDate.of(2028, 12, 31));
  }

  @Test
  void aReportIsDueOnTheDueDayOfTheMonthAfterItsPeriod() {
    ReportingSchedule monthly = new ReportingSchedule(Cadence.MONTHLY, 10);
    ReportingSchedule quarterly = new ReportingSchedule(Cadence.QUARTERLY, 31);

    assertThat(monthly.dueDate(Period.month(2026, 10))).isEqualTo(LocalDate.of(2026, 11, 10));
    // Q3 ends in September; October has 31 days.
    assertThat(quarterly.dueDate(Period.quarter(2026, 3))).isEqualTo(LocalDate.of(2026, 10, 31));
    // A due day of 31 in a shorter month is its last day: the January 2027 report is due on February 28th.
    assertThat(new ReportingSchedule(Cadence.MONTHLY, 31).dueDate(Period.month(2027, 1))).isEqualTo(LocalDate.of(2027, 2, 28));
  }

  @Test
  void periodsWhoseReportIsOverdueAndMissingAreLate() {
    ReportingSchedule monthly = new ReportingSchedule(Cadence.MONTHLY, 10);
    Set<Period> reported = Set.of(Period.month(2026, 8), Period.month(2026, 10));

    // Started 2026-08-15; on 2026-11-26, August (due 09-10) and October (due 11-10) are in,
    // September (due 10-10) is missing, November is not due yet.
    assertThat(monthly.lateReports(LocalDate.of(2026, 8, 15), null, reported, LocalDate.of(2026, 11, 26)))
        .containsExactly(Period.month(2026, 9));
  }

  @Test
  void periodsAreMonthsOrCalendarQuarters() {
    assertThat(Period.containing(LocalDate.of(2026, 11, 26), 3)).isEqualTo(Period.quarter(2026, 4));
    assertThat(Period.quarter(2026, 4).toString()).isEqualTo("2026-Q4");
    assertThat(Period.month(2026, 12).next()).isEqualTo(Period.month(2027, 1));
    assertThatThrownBy(() -> new Period(YearMonth.of(2026, 2), 3)).hasMessageContaining("quarter starts");
  }
}
