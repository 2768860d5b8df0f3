package io.outsight.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outsight.core.assessment.AssessmentStatus;
import io.outsight.core.assessment.ReassessmentIntervals;
import io.outsight.core.assessment.RiskTier;
import io.outsight.core.contract.Contract;
import io.outsight.core.contract.ContractStatus;
import io.outsight.core.contract.TermSheet;
import io.outsight.core.contract.TermSheets;
import io.outsight.core.ledger.ResultSource;
import io.outsight.core.settlement.Invoice;
import io.outsight.core.vendor.ServiceOffering;
import io.outsight.core.vendor.Vendor;
import io.outsight.core.vendor.VendorProfile;
import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatchTest {

  private static final Watch WATCH = new Watch(30, 60, 30, 90);

  /** Runs 2026-01-01 to 2026-12-31; notice three months before the end: by 30 September. */
  private static Contract fixedTerm() {
    TermSheet sheet = TermSheets.leadGeneration("LG-1");
    sheet.setNoticeMonths(3);
    Contract contract = Contract.draft(7L, sheet, "drafter", Instant.parse("2026-01-01T08:00:00Z"));
    contract.moveTo(ContractStatus.ACTIVE, null, LocalDate.of(2026, 1, 1));
    return contract;
  }

  private static List<NotificationKind> kinds(List<Finding> findings) {
    return findings.stream().map(Finding::kind).toList();
  }

  @Test
  void aNoticeDeadlineIsAnnouncedFromThirtyDaysBeforeItUntilItsDay() {
    Contract contract = fixedTerm();
    LocalDate deadline = contract.term().noticeDeadline(LocalDate.of(2026, 6, 1)).orElseThrow();
    assertThat(deadline).isEqualTo(LocalDate.of(2026, 9, 30));

    assertThat(kinds(WATCH.contract(contract, "Acme", deadline.minusDays(31)))).isEmpty();
    assertThat(WATCH.contract(contract, "Acme", deadline.minusDays(30)))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.kind()).isEqualTo(NotificationKind.NOTICE_DEADLINE);
              assertThat(finding.dueOn()).isEqualTo(deadline);
              assertThat(finding.contractReference()).isEqualTo("LG-1");
              assertThat(finding.vendorName()).isEqualTo("Acme");
            });
    assertThat(kinds(WATCH.contract(contract, "Acme", deadline)))
        .containsExactly(NotificationKind.NOTICE_DEADLINE);
    assertThat(kinds(WATCH.contract(contract, "Acme", deadline.plusDays(1)))).isEmpty();
  }

  @Test
  void aTermsEndIsAnnouncedSixtyDaysAheadAndNotOnceItIsOver() {
    Contract contract = fixedTerm();
    LocalDate end = LocalDate.of(2026, 12, 31);

    assertThat(kinds(WATCH.contract(contract, "Acme", end.minusDays(61)))).isEmpty();
    assertThat(kinds(WATCH.contract(contract, "Acme", end.minusDays(60))))
        .containsExactly(NotificationKind.TERM_ENDING);
    assertThat(kinds(WATCH.contract(contract, "Acme", end)))
        .containsExactly(NotificationKind.TERM_ENDING);
    assertThat(kinds(WATCH.contract(contract, "Acme", end.plusDays(1)))).isEmpty();
  }

  @Test
  void aContractNotRunningIsNotWatched() {
    TermSheet sheet = TermSheets.leadGeneration("LG-2");
    sheet.setNoticeMonths(3);
    Contract draft = Contract.draft(7L, sheet, "drafter", Instant.parse("2026-01-01T08:00:00Z"));

    assertThat(WATCH.contract(draft, "Acme", LocalDate.of(2026, 9, 30))).isEmpty();
  }

  @Test
  void theSameOccasionHasTheSameKeyAndTheNextOccasionANewOne() {
    Contract contract = fixedTerm();
    Finding first = WATCH.contract(contract, "Acme", LocalDate.of(2026, 9, 1)).get(0);
    Finding again = WATCH.contract(contract, "Acme", LocalDate.of(2026, 9, 29)).get(0);
    assertThat(again.key()).isEqualTo(first.key());

    LocalDate today = LocalDate.of(2026, 12, 15);
    Finding october =
        WATCH
            .lateReport(42L, "LG-1", 7L, "Acme", "2026-10", LocalDate.of(2026, 11, 10), today)
            .orElseThrow();
    Finding octoberAgain =
        WATCH
            .lateReport(42L, "LG-1", 7L, "Acme", "2026-10", LocalDate.of(2026, 11, 10), today)
            .orElseThrow();
    Finding november =
        WATCH
            .lateReport(42L, "LG-1", 7L, "Acme", "2026-11", LocalDate.of(2026, 12, 10), today)
            .orElseThrow();
    assertThat(octoberAgain.key()).isEqualTo(october.key());
    assertThat(november.key()).isNotEqualTo(october.key());
    assertThat(november.detail()).isEqualTo("2026-11");
  }

  private static Vendor registered() {
    VendorProfile profile = new VendorProfile();
    profile.setName("Acme Sales Oy");
    profile.setBusinessId("112038-9");
    profile.setCountry("FI");
    profile.setContactName("Aino Myyjä");
    profile.setContactEmail("aino@acme.example");
    profile.setServices(List.of(ServiceOffering.LEAD_GENERATION));
    return Vendor.register(profile, "registrar", Instant.parse("2026-01-01T08:00:00Z"));
  }

  private static Vendor approved(LocalDate decidedOn) {
    Vendor vendor = registered();
    vendor.dueDiligenceStarted();
    vendor.dueDiligenceDecided(
        AssessmentStatus.APPROVED, "Fine", RiskTier.HIGH, ReassessmentIntervals.DEFAULT, decidedOn);
    return vendor;
  }

  @Test
  void aVendorsAnswersThroughALinkAreToldOnceForThatLink() {
    Vendor vendor = registered();
    LocalDate today = LocalDate.of(2026, 12, 3);
    Finding answered = Watch.vendorAnswered(vendor, 51L, today);
    assertThat(answered.kind()).isEqualTo(NotificationKind.VENDOR_ANSWERED);
    assertThat(answered.subject()).isEqualTo(Finding.Subject.VENDOR);
    assertThat(answered.vendorName()).isEqualTo("Acme Sales Oy");
    assertThat(answered.dueOn()).isEqualTo(today);
    assertThat(Watch.vendorAnswered(vendor, 51L, today.plusDays(1)).key())
        .isEqualTo(answered.key());
    assertThat(Watch.vendorAnswered(vendor, 52L, today).key()).isNotEqualTo(answered.key());
  }

  @Test
  void aReassessmentIsComingDueWithinThirtyDaysAndOverdueTheDayAfterItsDate() {
    Vendor vendor = approved(LocalDate.of(2026, 1, 15));
    LocalDate due = vendor.reassessmentDue().orElseThrow();

    assertThat(WATCH.reassessment(vendor, due.minusDays(31))).isEmpty();
    assertThat(WATCH.reassessment(vendor, due.minusDays(30)))
        .get()
        .extracting(Finding::kind)
        .isEqualTo(NotificationKind.REASSESSMENT_DUE);
    assertThat(WATCH.reassessment(vendor, due))
        .get()
        .extracting(Finding::kind)
        .isEqualTo(NotificationKind.REASSESSMENT_DUE);
    Finding overdue = WATCH.reassessment(vendor, due.plusDays(1)).orElseThrow();
    assertThat(overdue.kind()).isEqualTo(NotificationKind.REASSESSMENT_OVERDUE);
    assertThat(overdue.key())
        .isNotEqualTo(WATCH.reassessment(vendor, due).orElseThrow().key())
        .isEqualTo(WATCH.reassessment(vendor, due.plusDays(90)).orElseThrow().key());
  }

  @Test
  void aVendorNotApprovedHasNoReassessmentToWatch() {
    assertThat(WATCH.reassessment(registered(), LocalDate.of(2030, 1, 1))).isEmpty();
  }

  private static Invoice invoice(String amount) {
    return new Invoice(
        7L,
        Period.month(2026, 1),
        "INV-1",
        LocalDate.of(2026, 2, 3),
        Money.of(amount, "EUR"),
        ResultSource.MANUAL,
        "clerk",
        Instant.parse("2026-02-03T10:00:00Z"));
  }

  @Test
  void anInvoiceBeyondTheToleranceIsFoundUntilItsVarianceIsAccepted() {
    Contract contract = fixedTerm();
    Money settled = Money.of("1000.00", "EUR");
    // half a per cent of 1,000.00: 5.00 is within, 5.01 beyond
    assertThat(WATCH.invoiceVariance(invoice("1005.00"), settled, contract, "Acme")).isEmpty();
    Invoice beyond = invoice("1005.01");
    Finding found = WATCH.invoiceVariance(beyond, settled, contract, "Acme").orElseThrow();
    assertThat(found.kind()).isEqualTo(NotificationKind.INVOICE_VARIANCE);
    assertThat(found.detail()).isEqualTo("INV-1");
    assertThat(found.dueOn()).isEqualTo(LocalDate.of(2026, 2, 3));

    beyond.accept(
        "Agreed extra leads",
        settled,
        contract.invoiceTolerancePercent(),
        "colleague",
        Instant.parse("2026-02-04T10:00:00Z"));
    assertThat(WATCH.invoiceVariance(beyond, settled, contract, "Acme")).isEmpty();
  }

  @Test
  void aLateReportIsAnnouncedUpToNinetyDaysAfterItWasDue() {
    LocalDate due = LocalDate.of(2026, 3, 10);
    assertThat(WATCH.lateReport(42L, "LG-1", 7L, "Acme", "2026-02", due, due.plusDays(90)))
        .isPresent();
    assertThat(WATCH.lateReport(42L, "LG-1", 7L, "Acme", "2026-02", due, due.plusDays(91)))
        .isEmpty();
  }

  @Test
  void theChecksLookAheadZeroDaysOrMore() {
    assertThatThrownBy(() -> new Watch(-1, 60, 30, 90))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
