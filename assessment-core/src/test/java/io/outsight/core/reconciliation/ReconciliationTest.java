package io.outsight.core.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import io.outsight.core.compensation.PerLead;
import io.outsight.core.contract.Contract;
import io.outsight.core.contract.TermSheets;
import io.outsight.core.ledger.ImportProblem;
import io.outsight.core.ledger.SpreadsheetFile;
import io.outsight.core.metric.MetricCatalogue;
import io.outsight.core.metric.ReportedMetrics;
import io.outsight.core.report.ContractReports;
import io.outsight.core.report.ReportInput;
import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.metric.PeriodResults;
import io.outsight.extension.api.report.ContractReport;
import io.outsight.extension.api.report.ReconciliationLine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Our CRM's export read and counted, and set beside what the vendor reported. */
class ReconciliationTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  private final Contract contract = TermSheets.active("ACME-1");

  private final List<CrmFile.Record> records = new ArrayList<>();

  private SpreadsheetFile.Reading read(String text) throws IOException {
    return new CrmFile(
            reference -> reference.equals("ACME-1") ? Optional.of(contract) : Optional.empty(),
            TODAY)
        .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), records::add);
  }

  @Test
  void aCrmExportIsCountedByContractMetricAndPeriodWhateverElseItCarries() throws IOException {
    SpreadsheetFile.Reading reading =
        read(
            "Id;Sopimus;Tyyppi;Omistaja;Päivämäärä;Kaupan arvo\n"
                + "1;ACME-1;Liidi;Maija;3.10.2026;\n"
                + "2;ACME-1;Lead;Matti;2026-10-31;\n"
                + "3;ACME-1;Tapaaminen;Maija;5.10.2026;\n"
                + "4;ACME-1;Kauppa;Maija;6.10.2026;\"12 500,00\"\n"
                + "5;ACME-1;Liidi;Maija;1.9.2026;\n");

    assertThat(reading.problems()).isEmpty();
    Map<Period, Map<String, BigDecimal>> counted = new HashMap<>();
    records.forEach(
        found ->
            found
                .counts()
                .forEach(
                    (metric, value) ->
                        counted
                            .computeIfAbsent(found.period(), period -> new HashMap<>())
                            .merge(metric, value, BigDecimal::add)));
    assertThat(counted.get(Period.month(2026, 10)))
        .containsEntry("leads-created", new BigDecimal("2"))
        .containsEntry("meetings-booked", BigDecimal.ONE)
        .containsEntry("deals-closed", BigDecimal.ONE)
        .containsEntry("revenue", new BigDecimal("12500.00"));
    assertThat(counted.get(Period.month(2026, 9))).containsEntry("leads-created", BigDecimal.ONE);
  }

  @Test
  void aLineTheCrmCouldNotHaveWrittenIsNamedByLineAndColumn() throws IOException {
    SpreadsheetFile.Reading reading =
        read(
            "contract,type,date,amount\n"
                + "ACME-9,lead,2026-10-01,\n"
                + "ACME-1,call,2026-10-01,\n"
                + "ACME-1,lead,yesterday,\n"
                + "ACME-1,deal,2026-10-01,lots\n"
                + "ACME-1,lead,2026-11-28,\n");

    assertThat(reading.problems())
        .extracting(problem -> problem.line() + ":" + problem.column() + " " + problem.code())
        .containsExactly(
            "2:1 unknown-contract",
            "3:2 unknown-record-type",
            "4:3 bad-date",
            "5:4 bad-number",
            "6:3 future-day");
    assertThat(read("contract;date\nACME-1;2026-10-01\n").problems())
        .extracting(ImportProblem::code, problem -> problem.arguments().get(0))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("missing-column", "type"));
  }

  @Test
  void aDifferenceBeyondTheToleranceIsFlaggedAndCallsForATalkWithTheVendor() {
    Period october = Period.month(2026, 10);
    Period september = Period.month(2026, 9);
    Map<Period, PeriodResults> reported =
        Map.of(
            september, new PeriodResults(Map.of("leads-created", new BigDecimal("105"))),
            october, new PeriodResults(Map.of("leads-created", new BigDecimal("130"))));
    CrmFigures crm =
        new CrmFigures(
            Map.of(
                september,
                new PeriodResults(Map.of("leads-created", new BigDecimal("100"))),
                october,
                new PeriodResults(
                    Map.of(
                        "leads-created", new BigDecimal("100"), "deals-closed", BigDecimal.ONE))),
            new BigDecimal("5"),
            List.of());

    List<ReconciliationLine> lines = crm.reconcile(reported, september, october);

    assertThat(lines)
        .extracting(
            line ->
                line.period()
                    + " "
                    + line.metric()
                    + " "
                    + line.reported()
                    + "/"
                    + line.crm()
                    + " "
                    + line.differencePercent()
                    + " "
                    + line.flagged())
        .containsExactly(
            "2026-09 leads-created 105/100 5.0 false",
            "2026-10 deals-closed null/1 -100.0 true",
            "2026-10 leads-created 130/100 30.0 true");

    ContractReport report =
        ContractReports.of(
            new ReportInput(
                contract,
                "Acme Leads Oy",
                new PerLead(),
                new MetricCatalogue(List.of(new ReportedMetrics.LeadsCreated())),
                september,
                october,
                reported,
                null,
                null,
                null,
                TODAY,
                1,
                ReportInput.Settling.NONE,
                crm,
                List.of(),
                null,
                null));
    assertThat(report.reconciliation()).hasSize(3);
    assertThat(report.recommendation().reasons())
        .filteredOn(reason -> reason.code().equals("crm-differs"))
        .singleElement()
        .satisfies(reason -> assertThat(reason.arguments()).containsExactly("2"));
  }

  @Test
  void anExplainedDifferenceNoLongerCountsAgainstTheVendorUntilItChanges() {
    Period october = Period.month(2026, 10);
    Map<Period, PeriodResults> counted =
        Map.of(october, new PeriodResults(Map.of("leads-created", new BigDecimal("100"))));
    ReconciliationLine.Explanation thirty =
        new ReconciliationLine.Explanation(
            october,
            "leads-created",
            new BigDecimal("30.0000"),
            "30 leads came from the trade fair, which our CRM does not track",
            "colleague",
            Instant.parse("2026-11-20T10:00:00Z"));
    CrmFigures crm = new CrmFigures(counted, new BigDecimal("5"), List.of(thirty));

    ReconciliationLine explained =
        crm.reconcile(
                Map.of(october, new PeriodResults(Map.of("leads-created", new BigDecimal("130")))),
                october,
                october)
            .get(0);
    assertThat(explained.flagged()).isTrue();
    assertThat(explained.unexplained()).isFalse();
    assertThat(explained.explanation()).isEqualTo(thirty);

    // the vendor corrects its figure to 140: the explanation was of 30, not of 40
    ReconciliationLine changed =
        crm.reconcile(
                Map.of(october, new PeriodResults(Map.of("leads-created", new BigDecimal("140")))),
                october,
                october)
            .get(0);
    assertThat(changed.unexplained()).isTrue();
    assertThat(changed.explanation()).isNull();
  }
}
