package io.outsight.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outsight.core.rules.RuleViolation;
import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.money.Money;
import io.outsight.extension.api.report.KpiDirection;
import io.outsight.extension.api.report.KpiStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContractTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

  private static Contract draft(TermSheet sheet) {
    return Contract.draft(7L, sheet, "procurement", Instant.parse("2026-01-01T08:00:00Z"));
  }

  private static String ruleOf(Runnable change) {
    try {
      change.run();
    } catch (RuleViolation violation) {
      return violation.rule();
    }
    throw new AssertionError("the change was not refused");
  }

  @Test
  void onceAPeriodIsSettledTheTermsThatPriceItStayAndOthersStillChange() {
    Contract contract = draft(TermSheets.leadGeneration("ACME-1"));
    contract.moveTo(ContractStatus.ACTIVE, null, TODAY);
    TermSheet dearer = contract.sheet();
    dearer.setTiers(
        new ArrayList<>(List.of(new TermSheet.Band(BigDecimal.ZERO, new BigDecimal("45")))));
    TermSheet sameRates = contract.sheet();
    sameRates.setTiers(
        new ArrayList<>(
            List.of(new TermSheet.Band(new BigDecimal("0.00"), new BigDecimal("40.0000")))));
    sameRates.setQualificationDefinition("A named buyer with a budget");
    TermSheet longerWindow = contract.sheet();
    longerWindow.setDisputeWindowDays(45);

    assertThat(ruleOf(() -> contract.amend(dearer, true))).isEqualTo("contract.settled-terms");
    assertThat(ruleOf(() -> contract.amend(longerWindow, true)))
        .isEqualTo("contract.settled-terms");
    contract.amend(sameRates, true);
    assertThat(contract.sheet().getQualificationDefinition())
        .isEqualTo("A named buyer with a budget");
    contract.amend(dearer, false);
    assertThat(contract.compensation().tiers().get(0).rate()).isEqualByComparingTo("45");
  }

  @Test
  void aContractGoesFromDraftThroughReviewToRenewalOrItsEnd() {
    Contract contract = draft(TermSheets.leadGeneration("ACME-1"));
    assertThat(contract.status()).isEqualTo(ContractStatus.DRAFT);

    contract.moveTo(ContractStatus.ACTIVE, null, TODAY);
    contract.moveTo(ContractStatus.UNDER_REVIEW, null, TODAY);
    contract.moveTo(ContractStatus.RENEWED, "Good results, same terms", TODAY);
    assertThat(contract.status()).isEqualTo(ContractStatus.RENEWED);
    assertThat(contract.term().end()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(contract.statusReason()).contains("Good results, same terms");

    assertThat(ruleOf(() -> contract.moveTo(ContractStatus.DRAFT, null, TODAY)))
        .isEqualTo("contract.transition");
    assertThat(ruleOf(() -> contract.moveTo(ContractStatus.TERMINATED, " ", TODAY)))
        .isEqualTo("contract.reason-required");
    contract.moveTo(ContractStatus.TERMINATED, "Vendor reused our leads for a competitor", TODAY);
    assertThat(ContractStatus.TERMINATED.next()).isEmpty();
    assertThat(ruleOf(() -> contract.amend(TermSheets.leadGeneration("ACME-1"), false)))
        .isEqualTo("contract.ended");
  }

  @Test
  void renewingAFixedTermExtendsItByTheRenewalPeriodAndAMonthsEndStaysTheMonthsEnd() {
    TermSheet quarter = TermSheets.leadGeneration("QUARTER");
    quarter.setStart(LocalDate.of(2026, 9, 1));
    quarter.setEnd(LocalDate.of(2026, 11, 30));
    quarter.setRenewalMonths(3);
    Contract contract = draft(quarter);
    contract.moveTo(ContractStatus.ACTIVE, null, TODAY);

    contract.moveTo(ContractStatus.UNDER_REVIEW, null, TODAY);
    contract.moveTo(ContractStatus.RENEWED, "Another quarter", TODAY);
    assertThat(contract.term().end()).isEqualTo(LocalDate.of(2027, 2, 28));
    contract.moveTo(ContractStatus.UNDER_REVIEW, null, TODAY);
    contract.moveTo(ContractStatus.RENEWED, "And another", TODAY);
    assertThat(contract.term().end()).isEqualTo(LocalDate.of(2027, 5, 31));
    assertThat(contract.term().start()).isEqualTo(LocalDate.of(2026, 9, 1));

    TermSheet once = TermSheets.leadGeneration("ONCE");
    once.setRenewalMonths(0);
    Contract unrenewable = draft(once);
    unrenewable.moveTo(ContractStatus.ACTIVE, null, TODAY);
    unrenewable.moveTo(ContractStatus.UNDER_REVIEW, null, TODAY);
    assertThat(ruleOf(() -> unrenewable.moveTo(ContractStatus.RENEWED, null, TODAY)))
        .isEqualTo("contract.renewal-period");
    assertThat(unrenewable.status()).isEqualTo(ContractStatus.UNDER_REVIEW);
    assertThat(unrenewable.term().end()).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void aRunningFixedTermIsToExpireFromTheDayAfterItsEnd() {
    Contract fixed = TermSheets.active("FIXED");
    assertThat(fixed.expiresBy(LocalDate.of(2026, 12, 31))).isFalse();
    assertThat(fixed.expiresBy(LocalDate.of(2027, 1, 1))).isTrue();
    assertThat(draft(TermSheets.leadGeneration("DRAFT")).expiresBy(LocalDate.of(2027, 1, 1)))
        .as("a draft never ran")
        .isFalse();
    TermSheet renewing = TermSheets.leadGeneration("EVERGREEN");
    renewing.setEvergreen(true);
    Contract evergreen = draft(renewing);
    evergreen.moveTo(ContractStatus.ACTIVE, null, TODAY);
    assertThat(evergreen.expiresBy(LocalDate.of(2030, 1, 1))).isFalse();
  }

  @Test
  void aContractExpiresOnlyAfterItsFixedTermAndAnEvergreenOneNever() {
    Contract fixed = TermSheets.active("FIXED");
    assertThat(ruleOf(() -> fixed.moveTo(ContractStatus.EXPIRED, null, LocalDate.of(2026, 12, 31))))
        .isEqualTo("contract.not-expired");
    fixed.moveTo(ContractStatus.EXPIRED, null, LocalDate.of(2027, 1, 1));
    assertThat(fixed.status()).isEqualTo(ContractStatus.EXPIRED);

    TermSheet renewing = TermSheets.leadGeneration("EVERGREEN");
    renewing.setEvergreen(true);
    Contract evergreen = draft(renewing);
    evergreen.moveTo(ContractStatus.ACTIVE, null, TODAY);
    assertThat(
            ruleOf(() -> evergreen.moveTo(ContractStatus.EXPIRED, null, LocalDate.of(2030, 1, 1))))
        .isEqualTo("contract.not-expired");
  }

  @Test
  void onceActiveAContractKeepsTheStartAndCadenceItsResultsWereReportedFor() {
    Contract contract = TermSheets.active("ACME-1");
    TermSheet quarterly = contract.sheet();
    quarterly.setCadence(ReportingSchedule.Cadence.QUARTERLY);
    TermSheet later = contract.sheet();
    later.setStart(LocalDate.of(2026, 3, 1));
    TermSheet longer = contract.sheet();
    longer.setEnd(LocalDate.of(2027, 12, 31));

    assertThat(ruleOf(() -> contract.amend(quarterly, false))).isEqualTo("contract.schedule-fixed");
    assertThat(ruleOf(() -> contract.amend(later, false))).isEqualTo("contract.schedule-fixed");
    contract.amend(longer, false);
    assertThat(contract.term().end()).isEqualTo(LocalDate.of(2027, 12, 31));
  }

  @Test
  void termsThatDoNotHangTogetherAreRefusedWithTheRuleTheyBreak() {
    TermSheet endBeforeStart = TermSheets.leadGeneration("X");
    endBeforeStart.setEnd(LocalDate.of(2025, 12, 1));
    assertThat(ruleOf(() -> draft(endBeforeStart))).isEqualTo("contract.term");

    TermSheet segmentWithoutName = TermSheets.leadGeneration("X");
    segmentWithoutName.setScope(ContractScope.CUSTOMER_SEGMENT);
    assertThat(ruleOf(() -> draft(segmentWithoutName))).isEqualTo("contract.scope-detail");

    TermSheet floorAboveCap = TermSheets.leadGeneration("X");
    floorAboveCap.setFloor(new BigDecimal("5000"));
    floorAboveCap.setCap(new BigDecimal("4000"));
    assertThat(ruleOf(() -> draft(floorAboveCap))).isEqualTo("contract.compensation");

    TermSheet twoTiersFromZero = TermSheets.leadGeneration("X");
    twoTiersFromZero
        .getTiers()
        .add(new TermSheet.Band(new BigDecimal("0.0"), new BigDecimal("50")));
    assertThat(ruleOf(() -> draft(twoTiersFromZero))).isEqualTo("contract.tiers");

    TermSheet twoTargetsForLeads = TermSheets.leadGeneration("X");
    twoTargetsForLeads.getKpis().add(twoTargetsForLeads.getKpis().get(0));
    assertThat(ruleOf(() -> draft(twoTargetsForLeads))).isEqualTo("contract.kpi-duplicate");

    TermSheet amberBetterThanGreen = TermSheets.leadGeneration("X");
    amberBetterThanGreen.getKpis().get(0).setAmberAt(new BigDecimal("120"));
    assertThat(ruleOf(() -> draft(amberBetterThanGreen))).isEqualTo("contract.kpi-thresholds");
  }

  @Test
  void theSheetGivesBackTheTermsAsTheyWereAppliedAndChangingItChangesNothing() {
    TermSheet sheet = TermSheets.leadGeneration("ACME-1");
    sheet.setTiers(
        new ArrayList<>(
            List.of(
                new TermSheet.Band(new BigDecimal("100"), new BigDecimal("30")),
                new TermSheet.Band(BigDecimal.ZERO, new BigDecimal("40")))));
    sheet.setCap(new BigDecimal("6000"));
    sheet.getClauses().setDataLocation("  EU (Finland)  ");
    Contract contract = draft(sheet);

    TermSheet again = contract.sheet();
    again.setReference("CHANGED");
    again.getClauses().setWeOwnLeads(true);

    assertThat(contract.reference()).isEqualTo("ACME-1");
    assertThat(contract.clauses().isWeOwnLeads()).isFalse();
    assertThat(contract.clauses().getDataLocation()).isEqualTo("EU (Finland)");
    assertThat(contract.compensation().tiers())
        .extracting(tier -> tier.from().intValue())
        .containsExactly(0, 100);
    assertThat(contract.compensation().cap()).isEqualTo(Money.of("6000", "EUR"));
  }

  @Test
  void kpiStatusFollowsTheTargetsDirectionAndNoDataIsNeverGreen() {
    KpiTarget leads =
        new KpiTarget(
            "leads-created",
            KpiDirection.HIGHER_IS_BETTER,
            new BigDecimal("100"),
            new BigDecimal("100"),
            new BigDecimal("80"));
    KpiTarget costPerLead =
        new KpiTarget(
            "cost-per-lead",
            KpiDirection.LOWER_IS_BETTER,
            new BigDecimal("50"),
            new BigDecimal("50"),
            new BigDecimal("60"));

    assertThat(leads.status(Optional.of(new BigDecimal("100")))).isEqualTo(KpiStatus.GREEN);
    assertThat(leads.status(Optional.of(new BigDecimal("80")))).isEqualTo(KpiStatus.AMBER);
    assertThat(leads.status(Optional.of(new BigDecimal("79.99")))).isEqualTo(KpiStatus.RED);
    assertThat(costPerLead.status(Optional.of(new BigDecimal("45")))).isEqualTo(KpiStatus.GREEN);
    assertThat(costPerLead.status(Optional.of(new BigDecimal("60")))).isEqualTo(KpiStatus.AMBER);
    assertThat(costPerLead.status(Optional.of(new BigDecimal("60.01")))).isEqualTo(KpiStatus.RED);
    assertThat(leads.status(Optional.empty())).isEqualTo(KpiStatus.NO_DATA);
  }

  @Test
  void onlyARunningContractOwesReportsAndOnlyForItsOwnPeriods() {
    Contract draft = draft(TermSheets.leadGeneration("ACME-1"));
    LocalDate today = LocalDate.of(2026, 4, 20);
    assertThat(draft.lateReports(Set.of(), today)).isEmpty();
    assertThat(draft.refusesResultsFor(Period.month(2026, 2), today)).contains("draft-contract");

    Contract active = TermSheets.active("ACME-1");
    // January due 10 Feb, February due 10 March, March due 10 April; April is not due yet
    assertThat(active.lateReports(Set.of(Period.month(2026, 2)), today))
        .containsExactly(Period.month(2026, 1), Period.month(2026, 3));
    assertThat(active.refusesResultsFor(Period.month(2026, 4), today)).isEmpty();
    assertThat(active.refusesResultsFor(Period.month(2026, 5), today)).contains("future-period");
    assertThat(active.refusesResultsFor(Period.quarter(2026, 1), today))
        .contains("monthly-contract");
    assertThat(active.refusesResultsFor(Period.month(2025, 12), today)).contains("outside-term");
  }

  @Test
  void aReportCoversThePeriodsThatHaveEndedWithinTheTerm() {
    Contract fixed = TermSheets.active("ACME-1");
    assertThat(fixed.reportablePeriods(LocalDate.of(2026, 1, 20))).isEmpty();
    assertThat(fixed.reportablePeriods(LocalDate.of(2026, 4, 1)))
        .containsExactly(Period.month(2026, 1), Period.month(2026, 2), Period.month(2026, 3));
    assertThat(fixed.reportablePeriods(LocalDate.of(2028, 1, 1)))
        .hasSize(12)
        .last()
        .isEqualTo(Period.month(2026, 12));
  }

  @Test
  void aTermWithoutAStartIsRefusedNamingTheStart() {
    TermSheet noStart = TermSheets.leadGeneration("X");
    noStart.setStart(null);
    assertThatThrownBy(() -> draft(noStart))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("start");
  }
}
