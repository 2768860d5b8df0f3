package io.outsight.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outsight.core.contract.ReportingSchedule.Cadence;
import io.outsight.extension.api.metric.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContractScheduleTest {

  @Test
  void aFixedTermsNoticeDeadlineIsTheNoticePeriodBeforeItsEnd() {
    ContractTerm fixed =
        new ContractTerm(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), false, 0, 3);

    assertThat(fixed.noticeDeadline(LocalDate.of(2026, 6, 1))).contains(LocalDate.of(2026, 9, 30));
    assertThat(fixed.noticeDeadline(LocalDate.of(2027, 1, 1))).isEmpty();
  }

  @Test
  void anEvergreenContractMovesItsDeadlineWithEachRenewal() {
    // 2026-01-01 .. 2026-12-31, renews for 12 months, 3 months' notice.
    ContractTerm evergreen =
        new ContractTerm(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), true, 12, 3);

    assertThat(evergreen.noticeDeadline(LocalDate.of(2026, 9, 30)))
        .contains(LocalDate.of(2026, 9, 30));
    // A day late for this term: the next chance is 3 months before the renewed end, 2027-12-31.
    assertThat(evergreen.noticeDeadline(LocalDate.of(2026, 10, 1)))
        .contains(LocalDate.of(2027, 9, 30));
    assertThat(evergreen.currentEnd(LocalDate.of(2028, 2, 1))).contains(LocalDate.of(2028, 12, 31));
  }

  @Test
  void renewalsCountFromTheStartSoThatMonthEndsDoNotDrift() {
    // 2025-12-01 .. 2026-11-30, renews for 3 months, 1 month's notice: the terms end on the last
    // day of
    // February, May, August and November, whatever the length of the month before.
    ContractTerm quarterly =
        new ContractTerm(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 30), true, 3, 1);

    assertThat(quarterly.currentEnd(LocalDate.of(2026, 11, 30)))
        .contains(LocalDate.of(2026, 11, 30));
    assertThat(quarterly.currentEnd(LocalDate.of(2026, 12, 1))).contains(LocalDate.of(2027, 2, 28));
    // 30 November + 3 + 3 months, counted from the start: 31 May, not 28 May.
    assertThat(quarterly.currentEnd(LocalDate.of(2027, 3, 1))).contains(LocalDate.of(2027, 5, 31));
    assertThat(quarterly.currentEnd(LocalDate.of(2027, 5, 31))).contains(LocalDate.of(2027, 5, 31));
    assertThat(quarterly.currentEnd(LocalDate.of(2027, 6, 1))).contains(LocalDate.of(2027, 8, 31));
    assertThat(quarterly.currentEnd(LocalDate.of(2028, 2, 29))).contains(LocalDate.of(2028, 2, 29));
    assertThat(quarterly.currentEnd(LocalDate.of(2028, 3, 1))).contains(LocalDate.of(2028, 5, 31));
  }

  @Test
  void aMonthsNoticeBeforeAMonthEndIsDueOnTheLastDayOfTheMonthBefore() {
    ContractTerm quarterly =
        new ContractTerm(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 30), true, 3, 1);

    // The term ending 2027-02-28 takes notice by 2027-01-31, not 2027-01-28.
    assertThat(quarterly.noticeDeadline(LocalDate.of(2026, 12, 31)))
        .contains(LocalDate.of(2027, 1, 31));
    assertThat(quarterly.noticeDeadline(LocalDate.of(2027, 1, 31)))
        .contains(LocalDate.of(2027, 1, 31));
    // A day later, inside the notice period: the next chance is a month before 2027-05-31.
    assertThat(quarterly.noticeDeadline(LocalDate.of(2027, 2, 1)))
        .contains(LocalDate.of(2027, 4, 30));
    // Inside the notice period of the term ending 2028-02-29 (leap year): the next deadline is
    // 2028-04-30.
    assertThat(quarterly.noticeDeadline(LocalDate.of(2028, 2, 29)))
        .contains(LocalDate.of(2028, 4, 30));
    assertThat(quarterly.noticeDeadline(LocalDate.of(2028, 1, 31)))
        .contains(LocalDate.of(2028, 1, 31));
  }

  @Test
  void aTermThatIsNotWholeMonthsRenewsFromTheDayAfterItsEnd() {
    // 2026-01-15 .. 2027-01-30: the day after the end, 31 January, anchors the renewals of 1 month.
    ContractTerm odd =
        new ContractTerm(LocalDate.of(2026, 1, 15), LocalDate.of(2027, 1, 30), true, 1, 0);

    // 31 January + 1 month is 28 February: the term ends the day before, 27 February.
    assertThat(odd.currentEnd(LocalDate.of(2027, 2, 1))).contains(LocalDate.of(2027, 2, 27));
    // and the 31st again after it: 31 March, the term ends 30 March.
    assertThat(odd.currentEnd(LocalDate.of(2027, 3, 1))).contains(LocalDate.of(2027, 3, 30));
  }

  @Test
  void aReportIsDueOnTheDueDayOfTheMonthAfterItsPeriod() {
    ReportingSchedule monthly = new ReportingSchedule(Cadence.MONTHLY, 10);
    ReportingSchedule quarterly = new ReportingSchedule(Cadence.QUARTERLY, 31);

    assertThat(monthly.dueDate(Period.month(2026, 10))).isEqualTo(LocalDate.of(2026, 11, 10));
    // Q3 ends in September; October has 31 days.
    assertThat(quarterly.dueDate(Period.quarter(2026, 3))).isEqualTo(LocalDate.of(2026, 10, 31));
    // A due day of 31 in a shorter month is its last day: the January 2027 report is due on
    // February 28th.
    assertThat(new ReportingSchedule(Cadence.MONTHLY, 31).dueDate(Period.month(2027, 1)))
        .isEqualTo(LocalDate.of(2027, 2, 28));
  }

  @Test
  void periodsWhoseReportIsOverdueAndMissingAreLate() {
    ReportingSchedule monthly = new ReportingSchedule(Cadence.MONTHLY, 10);
    Set<Period> reported = Set.of(Period.month(2026, 8), Period.month(2026, 10));

    // Started 2026-08-15; on 2026-11-26, August (due 09-10) and October (due 11-10) are in,
    // September (due 10-10) is missing, November is not due yet.
    assertThat(
            monthly.lateReports(
                LocalDate.of(2026, 8, 15), null, reported, LocalDate.of(2026, 11, 26)))
        .containsExactly(Period.month(2026, 9));
  }

  @Test
  void aReportDueOnTheLastDayOfFebruaryIsLateFromTheFirstOfMarch() {
    // Due on the 31st: January's report falls due on the last day of February, 29th in a leap year.
    ReportingSchedule monthly = new ReportingSchedule(Cadence.MONTHLY, 31);
    LocalDate start = LocalDate.of(2028, 1, 1);

    assertThat(monthly.lateReports(start, null, Set.of(), LocalDate.of(2028, 2, 28))).isEmpty();
    assertThat(monthly.lateReports(start, null, Set.of(), LocalDate.of(2028, 2, 29))).isEmpty();
    assertThat(monthly.lateReports(start, null, Set.of(), LocalDate.of(2028, 3, 1)))
        .containsExactly(Period.month(2028, 1));
  }

  @Test
  void aQuartersReportIsLateOnlyAfterTheMonthFollowingTheYearsEnd() {
    // Q4 2026 ends on 31 December; due on the 10th, its report is late from 11 January 2027.
    ReportingSchedule quarterly = new ReportingSchedule(Cadence.QUARTERLY, 10);
    LocalDate start = LocalDate.of(2026, 10, 1);

    assertThat(quarterly.lateReports(start, null, Set.of(), LocalDate.of(2026, 12, 31))).isEmpty();
    assertThat(quarterly.lateReports(start, null, Set.of(), LocalDate.of(2027, 1, 10))).isEmpty();
    assertThat(quarterly.lateReports(start, null, Set.of(), LocalDate.of(2027, 1, 11)))
        .containsExactly(Period.quarter(2026, 4));
  }

  @Test
  void periodsAreMonthsOrCalendarQuarters() {
    assertThat(Period.containing(LocalDate.of(2026, 11, 26), 3)).isEqualTo(Period.quarter(2026, 4));
    assertThat(Period.quarter(2026, 4).toString()).isEqualTo("2026-Q4");
    assertThat(Period.month(2026, 12).next()).isEqualTo(Period.month(2027, 1));
    assertThatThrownBy(() -> new Period(YearMonth.of(2026, 2), 3))
        .hasMessageContaining("quarter starts");
  }
}
