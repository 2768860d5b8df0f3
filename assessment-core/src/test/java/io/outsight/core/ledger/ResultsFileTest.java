package io.outsight.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.outsight.core.contract.Contract;
import io.outsight.core.contract.TermSheets;
import io.outsight.core.metric.DerivedMetrics;
import io.outsight.core.metric.MetricCatalogue;
import io.outsight.core.metric.ReportedMetrics;
import io.outsight.extension.api.metric.Period;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultsFileTest {

  private static final MetricCatalogue METRICS =
      new MetricCatalogue(
          List.of(
              new ReportedMetrics.LeadsCreated(),
              new ReportedMetrics.QualifiedLeads(),
              new ReportedMetrics.Revenue(),
              new ReportedMetrics.LeadsReturned(),
              new DerivedMetrics.CostPerLead()));

  private final Map<String, Contract> contracts =
      Map.of("ACME-1", TermSheets.active("ACME-1"), "NORD-2", TermSheets.active("NORD-2"));

  private final List<ResultsFile.Line> accepted = new ArrayList<>();

  private SpreadsheetFile.Reading read(String text, Optional<String> forContract)
      throws IOException {
    return read(text.getBytes(StandardCharsets.UTF_8), forContract);
  }

  private SpreadsheetFile.Reading read(byte[] bytes, Optional<String> forContract)
      throws IOException {
    return read(bytes, forContract, ResultsFile.LINE_LIMIT);
  }

  private SpreadsheetFile.Reading read(byte[] bytes, Optional<String> forContract, int lineLimit)
      throws IOException {
    return new ResultsFile(
            METRICS,
            reference -> Optional.ofNullable(contracts.get(reference)),
            LocalDate.of(2026, 11, 27),
            lineLimit)
        .read(new ByteArrayInputStream(bytes), forContract, accepted::add);
  }

  @Test
  void aLineLongerThanTheLimitIsRefusedByItsNumberWithoutBeingHeldWhole() throws IOException {
    String heading = "contract,period,metric,value\n";
    String good = "ACME-1,2026-10,leads-created,120\n";
    // a comment 200 characters long in the value column: line 3 passes a limit of 100
    String tooLong = "ACME-1,2026-10,leads-created,\"" + "x".repeat(200) + "\"\n";

    SpreadsheetFile.Reading reading =
        read(
            (heading + good + tooLong + good).getBytes(StandardCharsets.UTF_8),
            Optional.empty(),
            100);

    assertThat(reading.clean()).isFalse();
    assertThat(reading.problems())
        .extracting(ImportProblem::toString)
        .contains("line 3: line-too-long [100]");
  }

  @Test
  void aHeadingLongerThanTheLimitIsRefusedAsTheFirstLine() throws IOException {
    String heading =
        "contract,period,metric,value,"
            + "x".repeat(100_000)
            + "\nACME-1,2026-10,leads-created,120\n";

    SpreadsheetFile.Reading reading = read(heading, Optional.empty());

    assertThat(reading.problems())
        .extracting(ImportProblem::toString)
        .containsExactly("line 1: line-too-long [65536]");
  }

  @Test
  void aHeadingLongerThanTheOldMarkStillReads() throws IOException {
    // 40,000 characters of blank headings, once beyond what the delimiter's look-ahead kept
    String heading =
        "contract,period,metric,value"
            + ",".repeat(40_000)
            + "\nACME-1,2026-10,leads-created,120\n";

    SpreadsheetFile.Reading reading = read(heading, Optional.empty());

    assertThat(reading.problems())
        .extracting(ImportProblem::code)
        .doesNotContain("unreadable", "line-too-long");
  }

  @Test
  void leadsReturnedAreReadWithTheDayTheyWereReturnedAndTheirDeliveryPeriod() throws IOException {
    SpreadsheetFile.Reading reading =
        read(
            "sopimus;kausi;liidit;palautetut liidit;palautettu\n"
                + "ACME-1;2026-09;120;4;15.10.2026\n"
                + "ACME-1;2026-10;130;0;\n",
            Optional.empty());

    assertThat(reading.problems()).isEmpty();
    assertThat(accepted)
        .filteredOn(ResultsFile.Line::isReturn)
        .extracting(
            line ->
                line.period() + " " + line.value() + " " + line.returnedOn() + " " + line.line())
        .as("no return is read from a zero")
        .containsExactly("2026-09 4 2026-10-15 2");
    assertThat(accepted).filteredOn(line -> !line.isReturn()).hasSize(2);
  }

  @Test
  void aReturnWithoutAPlausibleDayIsRefusedByLineAndColumn() throws IOException {
    SpreadsheetFile.Reading reading =
        read(
            "contract,period,metric,value,returned\n"
                + "ACME-1,2026-09,leads-returned,3,\n"
                + "ACME-1,2026-09,leads-returned,3,last week\n"
                + "ACME-1,2026-09,leads-returned,3,2026-08-31\n"
                + "ACME-1,2026-09,leads-returned,3,2026-11-28\n"
                + "ACME-1,2026-09,leads-returned,3,2026-09-01\n",
            Optional.empty());

    assertThat(reading.problems())
        .extracting(problem -> problem.line() + ":" + problem.column() + " " + problem.code())
        .containsExactly(
            "2:5 return-date-missing",
            "3:5 bad-date",
            "4:5 returned-before-delivery",
            "5:5 returned-in-future");
  }

  @Test
  void readsOneMetricAndValuePerLineWithCommasAndPoints() throws IOException {
    SpreadsheetFile.Reading reading =
        read(
            "contract,period,metric,value\nACME-1,2026-10,leads-created,120\nNORD-2,2026-10,Revenue generated,15000.50\n",
            Optional.empty());

    assertThat(reading.clean()).isTrue();
    assertThat(reading.values()).isEqualTo(2);
    assertThat(accepted)
        .extracting(
            ResultsFile.Line::line,
            ResultsFile.Line::metric,
            ResultsFile.Line::period,
            ResultsFile.Line::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                2, "leads-created", Period.month(2026, 10), new BigDecimal("120")),
            org.assertj.core.groups.Tuple.tuple(
                3, "revenue", Period.month(2026, 10), new BigDecimal("15000.50")));
  }

  @Test
  void readsFinnishSpreadsheetsWithBomSemicolonsDecimalCommasAndDays() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text =
        "Sopimus;Päivämäärä;Liidit;Liikevaihto\nACME-1;1.10.2026;120;\"15 000,50\"\nACME-1;2026-11-01;95;\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, file, 0, bom.length);
    System.arraycopy(text, 0, file, bom.length, text.length);

    SpreadsheetFile.Reading reading = read(file, Optional.empty());

    assertThat(reading.problems()).isEmpty();
    assertThat(accepted)
        .extracting(ResultsFile.Line::metric, ResultsFile.Line::period, ResultsFile.Line::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "leads-created", Period.month(2026, 10), new BigDecimal("120")),
            org.assertj.core.groups.Tuple.tuple(
                "revenue", Period.month(2026, 10), new BigDecimal("15000.50")),
            // an empty cell is a metric not reported, not a zero
            org.assertj.core.groups.Tuple.tuple(
                "leads-created", Period.month(2026, 11), new BigDecimal("95")));
  }

  @Test
  void headingsWhoseLettersAreDecomposedAreKnownAsTheComposedOnes() throws IOException {
    // "Päivämäärä" and "Määrä" as some Mac programs write them: each "ä" an "a" and its two dots
    String headings =
        Normalizer.normalize("Sopimus;Päivämäärä;Mittari;Määrä\n", Normalizer.Form.NFD);
    assertThat(headings).doesNotContain("ä");

    SpreadsheetFile.Reading reading =
        read(headings + "ACME-1;1.10.2026;Liikevaihto;\"15 000,50\"\n", Optional.empty());

    assertThat(reading.problems()).isEmpty();
    assertThat(accepted)
        .singleElement()
        .extracting(ResultsFile.Line::metric, ResultsFile.Line::period, ResultsFile.Line::value)
        .containsExactly("revenue", Period.month(2026, 10), new BigDecimal("15000.50"));
  }

  @Test
  void aFileForOneContractNeedsNoContractColumn() throws IOException {
    assertThat(read("period,leads created\n2026-09,80\n", Optional.of("NORD-2")).clean()).isTrue();
    assertThat(accepted)
        .singleElement()
        .extracting(line -> line.contract().reference())
        .isEqualTo("NORD-2");
    assertThat(read("contract,period,leads\nACME-1,2026-09,80\n", Optional.of("NORD-2")).problems())
        .extracting(ImportProblem::toString)
        .containsExactly("line 2, column A (contract): other-contract [ACME-1, NORD-2]");
  }

  @Test
  void everyBadCellIsNamedByLineAndColumnAndNothingIsHandedOnFromItsLine() throws IOException {
    SpreadsheetFile.Reading reading =
        read(
            String.join(
                "\n",
                "contract,period,metric,value",
                "ACME-1,2026-08,leads-created,100",
                "ACME-1,2026-09,leads-created,-3",
                "ACME-1,2026-09,qualified-leads,12.5",
                "ACME-9,2026-09,leads-created,10",
                "ACME-1,2026-13,leads-created,10",
                "ACME-1,2026-09,cost-per-lead,10",
                "ACME-1,2026-09,smiles,10",
                "ACME-1,2026-09,revenue,12x",
                "ACME-1,2026-12,revenue,10",
                "ACME-1,2026-Q3,revenue,10",
                "ACME-1,2025-12,revenue,10",
                "ACME-1,2026-10,revenue,",
                "ACME-1,2026-10,revenue,12345678901234567890",
                "ACME-1,2026-09,revenue,999999999999999.9999"),
            Optional.empty());

    assertThat(reading.clean()).isFalse();
    assertThat(reading.problems())
        .extracting(ImportProblem::toString)
        .containsExactly(
            "line 3, column D (value): negative [-3]",
            "line 4, column D (value): not-whole [12.5]",
            "line 5, column A (contract): unknown-contract [ACME-9]",
            "line 6, column B (period): bad-period [2026-13]",
            "line 7, column C (metric): derived-metric [cost-per-lead]",
            "line 8, column C (metric): unknown-metric [smiles]",
            "line 9, column D (value): bad-number [12x]",
            "line 10, column B (period): future-period [2026-12, ACME-1]",
            "line 11, column B (period): monthly-contract [2026-Q3, ACME-1]",
            "line 12, column B (period): outside-term [2025-12, ACME-1]",
            "line 13, column D (value): missing-value []",
            // twenty digits do not fit the ledger's 15 before the decimal point; the largest that
            // does is taken
            "line 14, column D (value): too-large [12345678901234567890]");
    assertThat(accepted).extracting(ResultsFile.Line::line).containsExactly(2, 15);
  }

  @Test
  void headingsThatAreNotUnderstoodAreNamedAndNoLineIsRead() throws IOException {
    SpreadsheetFile.Reading reading =
        read("contract;month;leads;happiness\nACME-1;2026-10;5;9\n", Optional.empty());

    assertThat(reading.problems())
        .extracting(ImportProblem::toString)
        .containsExactly("line 1, column D (happiness): unknown-column [happiness]");
    assertThat(read("contract,metric,value\n", Optional.empty()).problems())
        .extracting(ImportProblem::code)
        .containsExactly("missing-column");
    assertThat(read("period;smiles\n2026-10;5\n", Optional.of("ACME-1")).problems())
        .extracting(ImportProblem::toString)
        .as("an unknown heading is the problem, not a missing metric column")
        .containsExactly("line 1, column B (smiles): unknown-column [smiles]");
    assertThat(accepted).isEmpty();
  }

  @Test
  void anEmptyFileOrOneThatIsNotUtf8IsRefused() throws IOException {
    assertThat(read("", Optional.of("ACME-1")).problems())
        .extracting(ImportProblem::code)
        .containsOnly("missing-column");
    assertThat(read("period,leads\n", Optional.of("ACME-1")).problems())
        .extracting(ImportProblem::code)
        .containsExactly("no-values");
    byte[] latin1 = "period,leads\n2026-10,5 ä\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(read(latin1, Optional.of("ACME-1")).problems())
        .extracting(ImportProblem::code)
        .containsExactly("not-utf8");
  }

  @Test
  void theDigestIsTheFilesSha256SoTheSameFileIsRecognised() throws Exception {
    String text = "period,leads\n2026-10,5\n";
    String expected =
        HexFormat.of()
            .formatHex(
                java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));

    assertThat(read(text, Optional.of("ACME-1")).sha256()).isEqualTo(expected);
    assertThat(read(text + "\n", Optional.of("ACME-1")).sha256()).isNotEqualTo(expected);
  }

  @Test
  void numbersAreReadAsSpreadsheetsWriteThem() {
    assertThat(SpreadsheetFile.parseNumber("1 234,50")).contains(new BigDecimal("1234.50"));
    assertThat(SpreadsheetFile.parseNumber("1.234,50")).contains(new BigDecimal("1234.50"));
    assertThat(SpreadsheetFile.parseNumber("1,234.50")).contains(new BigDecimal("1234.50"));
    assertThat(SpreadsheetFile.parseNumber("12\u00A0000")).contains(new BigDecimal("12000"));
    assertThat(SpreadsheetFile.parseNumber("=1+1")).isEmpty();
  }
}
