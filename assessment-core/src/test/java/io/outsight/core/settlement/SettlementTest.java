package io.outsight.core.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.outsight.core.compensation.PerLead;
import io.outsight.core.contract.Contract;
import io.outsight.core.contract.ContractStatus;
import io.outsight.core.contract.TermSheet;
import io.outsight.core.contract.TermSheets;
import io.outsight.core.metric.MetricCatalogue;
import io.outsight.core.metric.ReportedMetrics;
import io.outsight.core.reconciliation.CrmFigures;
import io.outsight.core.report.ContractReports;
import io.outsight.core.report.ReportInput;
import io.outsight.extension.api.compensation.PayoutLine;
import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.metric.PeriodResults;
import io.outsight.extension.api.money.Money;
import io.outsight.extension.api.report.PeriodSpend;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The money path after delivery: which returns are credited, what settling freezes, and how a later
 * correction or return becomes an adjustment in the next open period, once.
 */
class SettlementTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
  private static final Period JANUARY = Period.month(2026, 1);
  private static final Period FEBRUARY = Period.month(2026, 2);
  private static final Period MARCH = Period.month(2026, 3);
  private static final Instant NOON = Instant.parse("2026-02-05T12:00:00Z");

  /** Per lead at 40 EUR, a 30-day dispute window, from 1 January 2026. */
  private static Contract contract(int disputeWindowDays) {
    TermSheet terms = TermSheets.leadGeneration("ACME-9");
    terms.setDisputeWindowDays(disputeWindowDays);
    Contract contract = Contract.draft(7L, terms, "procurement", NOON);
    contract.moveTo(ContractStatus.ACTIVE, null, TODAY);
    return contract;
  }

  @Test
  void aReturnIsCreditedUpToTheLastDayOfTheDisputeWindowAndNotAfter() {
    Contract thirtyDays = contract(30);
    // 31 January + 30 days: 2 March
    assertThat(thirtyDays.disputeWindowCloses(JANUARY)).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(thirtyDays.creditsReturn(JANUARY, LocalDate.of(2026, 3, 2))).isTrue();
    assertThat(thirtyDays.creditsReturn(JANUARY, LocalDate.of(2026, 3, 3))).isFalse();
    // a leap year's February ends on the 29th: the window closes on 30 March 2028
    assertThat(thirtyDays.creditsReturn(Period.month(2028, 2), LocalDate.of(2028, 3, 30))).isTrue();
    assertThat(thirtyDays.creditsReturn(Period.month(2028, 2), LocalDate.of(2028, 3, 31)))
        .isFalse();
    // 30 November + 30 days: 30 December
    assertThat(thirtyDays.creditsReturn(Period.month(2026, 11), LocalDate.of(2026, 12, 30)))
        .isTrue();
    assertThat(thirtyDays.creditsReturn(Period.month(2026, 11), LocalDate.of(2026, 12, 31)))
        .isFalse();
    // a contract without a window credits returns within the delivery period only
    Contract none = contract(0);
    assertThat(none.creditsReturn(JANUARY, LocalDate.of(2026, 1, 31))).isTrue();
    assertThat(none.creditsReturn(JANUARY, LocalDate.of(2026, 2, 1))).isFalse();
  }

  @Test
  void aReturnAfterTheWindowIsShownButNotCredited() {
    Map<Period, PeriodResults> results = new HashMap<>();
    results.put(JANUARY, leads(100, 0));
    PeriodSpend spend =
        ContractReports.spendOf(
            input(
                contract(30),
                results,
                new ReportInput.Settling(Map.of(), Map.of(JANUARY, new BigDecimal("4")))),
            JANUARY);

    assertThat(spend.total()).isEqualTo(Money.of("4000", "EUR"));
    assertThat(spend.lines())
        .extracting(PayoutLine::kind, PayoutLine::quantity, PayoutLine::amount)
        .contains(tuple(PayoutLine.Kind.RETURNED_LATE, new BigDecimal("4"), Money.of("0", "EUR")));
  }

  @Test
  void aCorrectionToASettledPeriodIsAdjustedOnceInTheNextOpenPeriod() {
    Contract contract = contract(30);
    Map<Period, PeriodResults> results = new HashMap<>();
    results.put(JANUARY, leads(100, 0));
    results.put(FEBRUARY, leads(50, 0));
    results.put(MARCH, leads(10, 0));
    Map<Period, PeriodSpend> settled = new HashMap<>();
    settled.put(JANUARY, settle(contract, results, settled, JANUARY));
    assertThat(settled.get(JANUARY).total()).isEqualTo(Money.of("4000", "EUR"));

    // January corrected to 110 leads after it was settled
    results.put(JANUARY, leads(110, 0));
    ReportInput corrected = input(contract, results, new ReportInput.Settling(settled, Map.of()));
    assertThat(ContractReports.spendOf(corrected, JANUARY).total())
        .as("what was settled does not change")
        .isEqualTo(Money.of("4000", "EUR"));
    assertThat(ContractReports.firstOpen(corrected)).isEqualTo(FEBRUARY);
    PeriodSpend february = ContractReports.spendOf(corrected, FEBRUARY);
    assertThat(february.adjustments()).isEqualTo(Money.of("400", "EUR"));
    assertThat(february.total()).isEqualTo(Money.of("2400", "EUR"));
    assertThat(february.lines())
        .filteredOn(line -> line.kind() == PayoutLine.Kind.ADJUSTMENT)
        .extracting(PayoutLine::about, PayoutLine::amount)
        .containsExactly(tuple(JANUARY, Money.of("400", "EUR")));
    assertThat(ContractReports.spendOf(corrected, MARCH).adjustments())
        .as("only the first open period carries the adjustment")
        .isEqualTo(Money.of("0", "EUR"));

    // February settled with the adjustment in it: March owes nothing more for January
    settled.put(FEBRUARY, settle(contract, results, settled, FEBRUARY));
    ReportInput afterFebruary =
        input(contract, results, new ReportInput.Settling(settled, Map.of()));
    assertThat(ContractReports.spendOf(afterFebruary, MARCH).total())
        .isEqualTo(Money.of("400", "EUR"));

    // five of January's leads returned inside the window, after January was settled: a credit
    results.put(JANUARY, leads(110, 5));
    PeriodSpend march =
        ContractReports.spendOf(
            input(contract, results, new ReportInput.Settling(settled, Map.of())), MARCH);
    assertThat(march.lines())
        .filteredOn(line -> line.kind() == PayoutLine.Kind.ADJUSTMENT)
        .extracting(PayoutLine::about, PayoutLine::amount)
        .containsExactly(tuple(JANUARY, Money.of("-200", "EUR")));
    assertThat(march.total()).isEqualTo(Money.of("200", "EUR"));
  }

  @Test
  void onlyASettledPeriodChangedSinceItWasSettledIsRecomputedWhenTheInputSaysWhichChanged() {
    Contract contract = contract(30);
    Map<Period, PeriodResults> results = new HashMap<>();
    results.put(JANUARY, leads(100, 0));
    results.put(FEBRUARY, leads(50, 0));
    Map<Period, PeriodSpend> settled = new HashMap<>();
    settled.put(JANUARY, settle(contract, results, settled, JANUARY));
    // January corrected after it was settled; a batch that read February's values only
    results.put(JANUARY, leads(110, 0));
    Map<Period, PeriodResults> februaryOnly = Map.of(FEBRUARY, results.get(FEBRUARY));

    assertThat(
            ContractReports.spendOf(
                    input(
                        contract,
                        results,
                        new ReportInput.Settling(settled, Map.of(), Set.of(JANUARY))),
                    FEBRUARY)
                .adjustments())
        .as("January changed since it was settled, and its values were read")
        .isEqualTo(Money.of("400", "EUR"));
    assertThat(
            ContractReports.spendOf(
                    input(
                        contract,
                        februaryOnly,
                        new ReportInput.Settling(settled, Map.of(), Set.of())),
                    FEBRUARY)
                .adjustments())
        .as("nothing changed since January was settled: its values need not be read")
        .isEqualTo(Money.of("0", "EUR"));
  }

  @Test
  void onceEveryPeriodOfTheTermIsSettledACorrectionWaitsInThePeriodAfterTheTermAndIsNeverLost() {
    TermSheet terms = TermSheets.leadGeneration("ACME-9");
    terms.setEnd(LocalDate.of(2026, 2, 28));
    Contract contract = Contract.draft(7L, terms, "procurement", NOON);
    contract.moveTo(ContractStatus.ACTIVE, null, TODAY);
    Map<Period, PeriodResults> results = new HashMap<>();
    results.put(JANUARY, leads(100, 0));
    results.put(FEBRUARY, leads(50, 0));
    Map<Period, PeriodSpend> settled = new HashMap<>();
    settled.put(JANUARY, settle(contract, results, settled, JANUARY));
    settled.put(FEBRUARY, settle(contract, results, settled, FEBRUARY));
    ReportInput allSettled = input(contract, results, new ReportInput.Settling(settled, Map.of()));
    assertThat(ContractReports.waitingAdjustments(allSettled)).isEmpty();

    // February corrected to 60 leads after the term ended and every period was settled
    results.put(FEBRUARY, leads(60, 0));
    ReportInput corrected = input(contract, results, new ReportInput.Settling(settled, Map.of()));
    assertThat(ContractReports.firstOpen(corrected)).isEqualTo(MARCH);
    assertThat(contract.isAfterTerm(MARCH)).isTrue();
    assertThat(contract.isAfterTerm(FEBRUARY)).isFalse();
    PeriodSpend waiting =
        ContractReports.waitingAdjustments(input(contract, results, settled, FEBRUARY))
            .orElseThrow();
    assertThat(waiting.period()).isEqualTo(MARCH);
    assertThat(waiting.total()).isEqualTo(Money.of("400", "EUR"));
    // after the term nothing is earned: March carries the adjustment alone
    PeriodSpend march = ContractReports.spendOf(corrected, MARCH);
    assertThat(march.payout()).isEqualTo(Money.of("0", "EUR"));
    assertThat(march.lines())
        .extracting(PayoutLine::kind, PayoutLine::about, PayoutLine::amount)
        .containsExactly(tuple(PayoutLine.Kind.ADJUSTMENT, FEBRUARY, Money.of("400", "EUR")));
    assertThat(march.total()).isEqualTo(waiting.total());
    // no results for March, but its invoice once it is settled
    assertThat(contract.refusesResultsFor(MARCH, TODAY)).contains("outside-term");
    assertThat(contract.refusesInvoiceFor(MARCH, TODAY)).isEmpty();
    // settled once March has ended, and not before
    assertThat(contract.isSettleable(MARCH, LocalDate.of(2026, 3, 31))).isFalse();
    assertThat(contract.isSettleable(MARCH, LocalDate.of(2026, 4, 1))).isTrue();
    settled.put(MARCH, settle(contract, results, settled, MARCH));
    assertThat(
            ContractReports.waitingAdjustments(
                input(contract, results, new ReportInput.Settling(settled, Map.of()))))
        .isEmpty();
  }

  @Test
  void aSettlementKeepsTheSpendItFrozeAndNoticesWhenItsSnapshotIsChanged() throws Exception {
    Contract contract = contract(30);
    Map<Period, PeriodResults> results = Map.of(JANUARY, leads(120, 7));
    PeriodSpend open =
        ContractReports.spendOf(input(contract, results, ReportInput.Settling.NONE), JANUARY);
    Settlement settlement = new Settlement(9L, "ACME-9", open, "colleague", NOON);

    PeriodSpend frozen = settlement.spend();
    assertThat(frozen.lines()).isEqualTo(open.lines());
    assertThat(frozen.total()).isEqualTo(open.total()).isEqualTo(Money.of("4520", "EUR"));
    assertThat(frozen.settled().by()).isEqualTo("colleague");
    assertThat(frozen.settled().digest()).hasSize(64).isEqualTo(settlement.digest());
    assertThat(new Settlement(9L, "ACME-9", open, "someone else", NOON).digest())
        .as("the digest is of what was frozen, taken the same way every time")
        .isEqualTo(settlement.digest());
    assertThatThrownBy(() -> new Settlement(9L, "ACME-9", frozen, "colleague", NOON))
        .isInstanceOf(IllegalArgumentException.class);

    Field snapshot = Settlement.class.getDeclaredField("snapshot");
    snapshot.setAccessible(true);
    snapshot.set(settlement, settlement.snapshot().replace("4520", "5520"));
    assertThat(settlement.intact()).isFalse();
    assertThat(settlement.spend().settled().intact())
        .as("an altered snapshot is shown as altered")
        .isFalse();
    assertThat(frozen.settled().intact()).isTrue();
  }

  @Test
  void anInvoiceIsFlaggedOnlyBeyondTheContractsTolerance() {
    Money settled = Money.of("10000", "EUR");
    BigDecimal halfPerCent = new BigDecimal("0.5");

    assertThat(invoice("10050").exceeds(settled, halfPerCent)).as("exactly 0.5 %").isFalse();
    assertThat(invoice("9950").exceeds(settled, halfPerCent)).isFalse();
    assertThat(invoice("10050.01").exceeds(settled, halfPerCent)).isTrue();
    assertThat(invoice("9949.99").exceeds(settled, halfPerCent)).isTrue();
    assertThat(invoice("10050.01").variance(settled)).isEqualTo(Money.of("50.01", "EUR"));
    assertThat(invoice("10050.01").variancePercent(settled)).contains(new BigDecimal("0.50"));
    assertThat(invoice("9000").variancePercent(settled)).contains(new BigDecimal("-10.00"));
    // nothing settled: any amount invoiced is off
    assertThat(invoice("0.01").exceeds(Money.of("0", "EUR"), halfPerCent)).isTrue();
    assertThat(invoice("0").exceeds(Money.of("0", "EUR"), halfPerCent)).isFalse();
    assertThat(invoice("0.01").variancePercent(Money.of("0", "EUR"))).isEmpty();
  }

  @Test
  void aFlaggedVarianceIsAcceptedOnceWithANoteBySomeoneWhoDidNotRecordTheInvoice() {
    Money settled = Money.of("10000", "EUR");
    BigDecimal halfPerCent = new BigDecimal("0.5");
    Instant later = NOON.plusSeconds(3600);

    assertThat(
            refusal(
                () -> invoice("10050").accept("fine", settled, halfPerCent, "colleague", later)))
        .isEqualTo("invoice.within-tolerance");
    Invoice flagged = invoice("10400");
    assertThat(refusal(() -> flagged.accept("agreed", settled, halfPerCent, "procurement", later)))
        .as("recorded by procurement")
        .isEqualTo("invoice.four-eyes");
    assertThat(refusal(() -> flagged.accept("  ", settled, halfPerCent, "colleague", later)))
        .isEqualTo("invoice.acceptance-note");
    assertThat(flagged.acceptance()).isEmpty();

    flagged.accept(" the fair's leads, agreed by phone ", settled, halfPerCent, "colleague", later);
    assertThat(flagged.acceptance())
        .contains(new Invoice.Acceptance("colleague", later, "the fair's leads, agreed by phone"));
    assertThat(refusal(() -> flagged.accept("again", settled, halfPerCent, "someone", later)))
        .isEqualTo("invoice.accepted-already");
  }

  private static String refusal(Runnable action) {
    try {
      action.run();
    } catch (io.outsight.core.rules.RuleViolation refused) {
      return refused.rule();
    }
    throw new AssertionError("nothing was refused");
  }

  @Test
  void anInvoiceNeedsANumberAPlausibleDayAndAnAmountInCents() {
    LocalDate day = LocalDate.of(2026, 2, 3);
    assertThat(Invoice.refuses(JANUARY, "INV-1", day, new BigDecimal("10.50"), TODAY)).isEmpty();
    assertThat(Invoice.refuses(JANUARY, " ", day, BigDecimal.TEN, TODAY))
        .contains("invoice-number-missing");
    assertThat(Invoice.refuses(JANUARY, "x".repeat(61), day, BigDecimal.TEN, TODAY))
        .contains("invoice-number-invalid");
    assertThat(Invoice.refuses(JANUARY, "INV-1", null, BigDecimal.TEN, TODAY))
        .contains("invoice-date-missing");
    assertThat(Invoice.refuses(JANUARY, "INV-1", LocalDate.of(2025, 12, 31), BigDecimal.TEN, TODAY))
        .contains("invoice-date-implausible");
    assertThat(Invoice.refuses(JANUARY, "INV-1", TODAY.plusDays(1), BigDecimal.TEN, TODAY))
        .contains("invoice-date-implausible");
    assertThat(Invoice.refuses(JANUARY, "INV-1", day, new BigDecimal("10.005"), TODAY))
        .contains("invoice-amount-invalid");
    assertThat(Invoice.refuses(JANUARY, "INV-1", day, new BigDecimal("-1"), TODAY))
        .contains("invoice-amount-invalid");
    assertThat(Invoice.refuses(JANUARY, "INV-1", day, new BigDecimal("1E15"), TODAY))
        .contains("invoice-amount-invalid");
  }

  private static Invoice invoice(String amount) {
    return new Invoice(
        9L,
        JANUARY,
        "INV-1",
        LocalDate.of(2026, 2, 3),
        Money.of(amount, "EUR"),
        io.outsight.core.ledger.ResultSource.MANUAL,
        "procurement",
        NOON);
  }

  private static PeriodSpend settle(
      Contract contract,
      Map<Period, PeriodResults> results,
      Map<Period, PeriodSpend> settled,
      Period period) {
    PeriodSpend open =
        ContractReports.spendOf(
            input(contract, results, new ReportInput.Settling(settled, Map.of())), period);
    return new Settlement(9L, "ACME-9", open, "colleague", NOON).spend();
  }

  private static PeriodResults leads(int created, int returned) {
    return new PeriodResults(
        Map.of(
            "leads-created",
            BigDecimal.valueOf(created),
            "leads-returned",
            BigDecimal.valueOf(returned)));
  }

  /** The input of a payout list that ends with the term's last period. */
  private static ReportInput input(
      Contract contract,
      Map<Period, PeriodResults> results,
      Map<Period, PeriodSpend> settled,
      Period last) {
    ReportInput all = input(contract, results, new ReportInput.Settling(settled, Map.of()));
    return new ReportInput(
        all.contract(),
        all.vendorName(),
        all.model(),
        all.metrics(),
        JANUARY,
        last,
        all.results(),
        null,
        null,
        null,
        TODAY,
        3,
        all.settling(),
        CrmFigures.NONE,
        List.of(),
        null,
        null);
  }

  private static ReportInput input(
      Contract contract, Map<Period, PeriodResults> results, ReportInput.Settling settling) {
    return new ReportInput(
        contract,
        "Acme Leads Oy",
        new PerLead(),
        new MetricCatalogue(
            java.util.List.of(
                new ReportedMetrics.LeadsCreated(), new ReportedMetrics.LeadsReturned())),
        JANUARY,
        MARCH,
        results,
        null,
        null,
        null,
        TODAY,
        3,
        settling,
        CrmFigures.NONE,
        List.of(),
        null,
        null);
  }
}
