package io.outsight.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.outsight.core.contract.Contract;
import io.outsight.core.contract.TermSheets;
import io.outsight.core.ledger.ResultCheck.Field;
import io.outsight.core.ledger.ResultCheck.Refusal;
import io.outsight.core.metric.DerivedMetrics;
import io.outsight.core.metric.ReportedMetrics;
import io.outsight.extension.api.metric.MetricDefinition;
import io.outsight.extension.api.metric.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The checks a file's line and an API entry share, each refusal naming its field. */
class ResultCheckTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  private static final MetricDefinition LEADS = new ReportedMetrics.LeadsCreated();
  private static final MetricDefinition RETURNED = new ReportedMetrics.LeadsReturned();
  private static final Period OCTOBER = Period.month(2026, 10);

  private final ResultCheck check = new ResultCheck(TODAY);

  @Test
  void theContractAndTheMetricAreNamedWhenMissingUnknownOrDerived() {
    Contract acme = TermSheets.active("ACME-1");

    assertThat(check.contract("ACME-1", Optional.of(acme))).isEmpty();
    assertThat(check.contract(" ", Optional.empty()))
        .contains(new Refusal(Field.CONTRACT, "missing-value", List.of()));
    assertThat(check.contract("NOPE-9", Optional.empty()))
        .contains(new Refusal(Field.CONTRACT, "unknown-contract", List.of("NOPE-9")));
    assertThat(check.metric("leads", Optional.empty()))
        .contains(new Refusal(Field.METRIC, "unknown-metric", List.of("leads")));
    assertThat(check.metric("cost-per-lead", Optional.of(new DerivedMetrics.CostPerLead())))
        .contains(new Refusal(Field.METRIC, "derived-metric", List.of("cost-per-lead")));
    assertThat(check.period(acme, Period.month(2026, 12)))
        .map(Refusal::code)
        .contains("future-period");
  }

  @Test
  void returnedLeadsAreWholeAndWithinAReturnsBoundsWhereOtherValuesNeedOnlyFitTheLedger() {
    assertThat(check.value(RETURNED, new BigDecimal("3"), "3")).isEmpty();
    assertThat(check.value(RETURNED, BigDecimal.ZERO, "0"))
        .map(Refusal::code)
        .contains("none-returned");
    assertThat(check.value(RETURNED, new BigDecimal("1000001"), "1000001"))
        .contains(new Refusal(Field.VALUE, "too-many-returned", List.of("1000001", "1000000")));
    assertThat(check.value(LEADS, BigDecimal.ZERO, "0")).isEmpty();
    assertThat(check.value(LEADS, new BigDecimal("2.5"), "2,5"))
        .contains(new Refusal(Field.VALUE, "not-whole", List.of("2,5")));
    // the value as given: one too large to hold is never written out in full
    assertThat(check.value(LEADS, new BigDecimal("1e999999999"), "1e999999999"))
        .contains(new Refusal(Field.VALUE, "too-large", List.of("1e999999999")));
    assertThat(check.value(LEADS, null, "")).map(Refusal::code).contains("missing-value");
    assertThat(ResultCheck.shown(new BigDecimal("1E+15"))).isEqualTo("1000000000000000");
    assertThat(ResultCheck.shown(new BigDecimal("1e999999999"))).isEqualTo("1E+999999999");
  }

  @Test
  void onlyReturnsTakeADayFromTheDeliveryPeriodsFirstDayToToday() {
    String returned = RETURNED.id();
    assertThat(check.returnedOn(returned, OCTOBER, LocalDate.of(2026, 10, 1), "1.10.2026"))
        .isEmpty();
    assertThat(check.returnedOn(returned, OCTOBER, LocalDate.of(2026, 9, 30), "30.9.2026"))
        .contains(
            new Refusal(
                Field.RETURNED_ON,
                "returned-before-delivery",
                List.of("30.9.2026", "2026-10", "2026-11-27")));
    assertThat(check.returnedOn(returned, OCTOBER, TODAY, "27.11.2026")).isEmpty();
    assertThat(check.returnedOn(returned, OCTOBER, TODAY.plusDays(1), "28.11.2026"))
        .map(Refusal::code)
        .contains("returned-in-future");
    assertThat(check.returnedOn(returned, OCTOBER, null, ""))
        .map(Refusal::code)
        .contains("return-date-missing");
    assertThat(check.returnedOn(LEADS.id(), OCTOBER, null, "")).isEmpty();
    assertThat(check.returnedOn(LEADS.id(), OCTOBER, TODAY, "27.11.2026"))
        .contains(new Refusal(Field.RETURNED_ON, "not-a-return", List.of(LEADS.id())));
    assertThat(Field.RETURNED_ON.number()).isEqualTo(6);
    assertThat(Field.RETURNED_ON.property()).isEqualTo("returnedOn");
  }

  @Test
  void aReasonIsPlainTextWithinItsLength() {
    assertThat(check.reason(null)).isEmpty();
    assertThat(check.reason("vendor corrected its count")).isEmpty();
    assertThat(check.reason("x".repeat(LedgerRules.REASON_LENGTH + 1)))
        .contains(new Refusal(Field.REASON, "reason-too-long", List.of("500")));
    assertThat(check.reason("bell\u0007")).map(Refusal::code).contains("reason-not-plain");
  }
}
