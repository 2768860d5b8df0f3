package io.outsight.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.outsight.core.compensation.PerLead;
import io.outsight.core.contract.Contract;
import io.outsight.core.contract.ContractScope;
import io.outsight.core.contract.ContractStatus;
import io.outsight.core.contract.KpiTarget;
import io.outsight.core.contract.ReportingSchedule.Cadence;
import io.outsight.core.contract.TermSheet;
import io.outsight.core.metric.MetricCatalogue;
import io.outsight.core.metric.ReportedMetrics;
import io.outsight.core.report.ContractReports;
import io.outsight.core.report.ReportInput;
import io.outsight.extension.api.LocalizedText;
import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.metric.PeriodResults;
import io.outsight.extension.api.report.KpiDirection;
import io.outsight.extension.api.report.Recommendation;
import io.outsight.extension.api.report.ReportDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExportersTest {

  /** Words that show the key and the values, so that the tests see what was asked for. */
  private static final ReportDocument.Labels KEYS =
      new ReportDocument.Labels() {
        @Override
        public String text(String key, Object... arguments) {
          return arguments.length == 0 ? key : key + Arrays.toString(arguments);
        }

        @Override
        public String metric(String metricId) {
          return "metric:" + metricId;
        }

        @Override
        public String period(Period period) {
          return period.toString();
        }

        @Override
        public String reason(Recommendation.Reason reason) {
          return "reason:" + reason.code();
        }

        @Override
        public String number(BigDecimal value) {
          return "n:" + value.toPlainString();
        }

        @Override
        public String in(LocalizedText words) {
          return "en:" + words.en();
        }
      };

  /** Two months of a per-lead contract with a vendor whose name looks like a formula. */
  private static ReportDocument document() {
    return document("en");
  }

  private static ReportDocument document(String language) {
    TermSheet terms = new TermSheet();
    terms.setReference("EXP-1");
    terms.setScope(ContractScope.LEAD_GENERATION);
    terms.setStart(LocalDate.of(2026, 1, 1));
    terms.setEnd(LocalDate.of(2026, 12, 31));
    terms.setCompensationModel(PerLead.ID);
    terms.setTiers(
        new ArrayList<>(List.of(new TermSheet.Band(BigDecimal.ZERO, new BigDecimal("40")))));
    terms.setKpis(
        new ArrayList<>(
            List.of(
                new KpiTarget(
                    "leads-created",
                    KpiDirection.HIGHER_IS_BETTER,
                    new BigDecimal("100"),
                    new BigDecimal("100"),
                    new BigDecimal("80")))));
    terms.setCadence(Cadence.MONTHLY);
    Contract contract =
        Contract.draft(3L, terms, "procurement", Instant.parse("2026-01-01T08:00:00Z"));
    contract.moveTo(ContractStatus.ACTIVE, null, LocalDate.of(2026, 1, 2));
    ReportInput input =
        new ReportInput(
            contract,
            "=HYPERLINK(\"http://evil.example\")",
            new PerLead(),
            new MetricCatalogue(List.of(new ReportedMetrics.LeadsCreated())),
            Period.month(2026, 1),
            Period.month(2026, 2),
            Map.of(
                Period.month(2026, 1),
                new PeriodResults(Map.of("leads-created", new BigDecimal("120")))),
            null,
            null,
            null,
            LocalDate.of(2026, 3, 20),
            3);
    return new ReportDocument(
        ContractReports.of(input),
        new ReportDocument.Metadata(
            "Success report EXP-1",
            language,
            "auditor",
            Instant.parse("2026-03-20T10:15:00Z"),
            LocalDate.of(2026, 3, 20),
            "per-lead 1.0",
            contract.kpis().stream().map(KpiTarget::goal).toList(),
            List.of("leads-created 1.0")),
        KEYS);
  }

  private static byte[] written(io.outsight.extension.api.report.ReportExporter exporter)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.write(document(), out);
    return out.toByteArray();
  }

  @Test
  void csvCarriesItsMetadataKeepsNumbersAsNumbersAndNeverRunsAFormula() throws IOException {
    byte[] file = written(new CsvReportExporter());
    assertThat(file).startsWith(0xEF, 0xBB, 0xBF);
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .parse(
                new InputStreamReader(
                    new ByteArrayInputStream(file, 3, file.length - 3), StandardCharsets.UTF_8))
            .getRecords();

    assertThat(records.get(0).values()).containsExactly("export.about");
    assertThat(records)
        .anySatisfy(
            row ->
                assertThat(row.values())
                    .containsExactly("contract.vendor", "'=HYPERLINK(\"http://evil.example\")"));
    assertThat(records)
        .anySatisfy(
            row ->
                assertThat(row.values())
                    .containsExactly("export.generatedAt", "2026-03-20T10:15:00Z"));
    // January: 120 leads against 100, 120.0 %, green; February: no data
    assertThat(records)
        .anySatisfy(
            row ->
                assertThat(row.values())
                    .containsExactly(
                        "metric:leads-created",
                        "2026-01",
                        "100",
                        "120",
                        "120",
                        "report.status.GREEN",
                        "report.trend.NO_DATA"));
    assertThat(records)
        .anySatisfy(
            row ->
                assertThat(row.values())
                    .containsExactly(
                        "metric:leads-created",
                        "2026-02",
                        "100",
                        "report.noData",
                        "report.noData",
                        "report.status.NO_DATA",
                        "report.trend.NO_DATA"));
    assertThat(records)
        .anySatisfy(
            row ->
                assertThat(row.values())
                    .containsExactly(
                        "2026-01", "4800.00", "0.00", "0.00", "4800.00", "settlement.open"));
    assertThat(records)
        .anySatisfy(
            row ->
                assertThat(row.values())
                    .containsExactly("report.total", "4800.00", "0.00", "0.00", "4800.00", ""));
  }

  @Test
  void csvInFinnishHasTheColumnsAndDecimalCommasOfFinnishSpreadsheets() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CsvReportExporter().write(document("fi"), out);
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(';')
            .get()
            .parse(
                new InputStreamReader(
                    new ByteArrayInputStream(out.toByteArray(), 3, out.size() - 3),
                    StandardCharsets.UTF_8))
            .getRecords();

    assertThat(records)
        .anySatisfy(
            row ->
                assertThat(row.values())
                    .containsExactly(
                        "2026-01", "4800,00", "0,00", "0,00", "4800,00", "settlement.open"));
    assertThat(records)
        .anySatisfy(
            row ->
                assertThat(row.values())
                    .containsExactly("export.generatedAt", "2026-03-20T10:15:00Z"));
  }

  @Test
  void xlsxHasASheetPerSectionWithFrozenHeadingsAndNumbersAsNumbers() throws IOException {
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(written(new XlsxReportExporter())))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(8);
      // no approved due diligence contradicts the contract's clauses: the section says so
      assertThat(
              workbook.getSheet("clause.contradictions").getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("clause.none");
      assertThat(workbook.getProperties().getCoreProperties().getTitle())
          .isEqualTo("Success report EXP-1");
      Sheet spend = workbook.getSheetAt(6);
      assertThat(spend.getPaneInformation().isFreezePane()).isTrue();
      assertThat(spend.getRow(0).getCell(1).getStringCellValue()).isEqualTo("report.payout");
      assertThat(spend.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(spend.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(4800.0);
      Sheet breakdown = workbook.getSheetAt(7);
      assertThat(breakdown.getRow(0).getCell(1).getStringCellValue())
          .isEqualTo("report.breakdown.line");
      assertThat(breakdown.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2026-01");
      assertThat(breakdown.getRow(1).getCell(1).getStringCellValue()).startsWith("payout.TIER[");
      assertThat(breakdown.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(4800.0);
    }
  }

  @Test
  void pdfOpensWithItsTitleVendorAndPageNumberOfPages() throws IOException {
    PdfReader reader = new PdfReader(written(new PdfReportExporter()));
    String firstPage = new PdfTextExtractor(reader).getTextFromPage(1);
    int pages = reader.getNumberOfPages();

    assertThat(firstPage)
        .contains(
            "Success report EXP-1",
            "contract.vendor: =HYPERLINK",
            "export.periods: 2026-01 – 2026-02",
            "export.generatedBy: auditor")
        .containsPattern("export\\.page\\[1\\]\\s*" + pages);
    String everything = new PdfTextExtractor(reader).getTextFromPage(pages);
    assertThat(everything)
        .contains("report.status.GREEN", "n:120")
        .containsPattern("export\\.page\\[" + pages + "\\]\\s*" + pages);
    reader.close();
  }

  @Test
  void jsonNamesEverythingWithStableKeysAndNoDataAsNull() throws IOException {
    JsonObject json =
        Json.createReader(
                new StringReader(
                    new String(written(new JsonReportExporter()), StandardCharsets.UTF_8)))
            .readObject();

    assertThat(json.getJsonObject("metadata").getString("contract")).isEqualTo("EXP-1");
    assertThat(json.getJsonObject("metadata").getString("generatedAt"))
        .isEqualTo("2026-03-20T10:15:00Z");
    assertThat(json.getJsonObject("figures").getJsonNumber("totalSpend").bigDecimalValue())
        .isEqualByComparingTo("4800");
    assertThat(json.getJsonObject("figures").isNull("costPerDeal")).isTrue();
    assertThat(
            json.getJsonArray("metrics")
                .getJsonObject(0)
                .getJsonArray("periods")
                .getJsonObject(1)
                .getString("status"))
        .isEqualTo("NO_DATA");
    assertThat(
            json.getJsonObject("recommendation")
                .getJsonArray("reasons")
                .getJsonObject(0)
                .getString("text"))
        .startsWith("reason:");
  }
}
