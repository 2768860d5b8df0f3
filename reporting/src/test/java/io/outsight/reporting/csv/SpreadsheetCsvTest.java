package io.outsight.reporting.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

  private static String written(Locale language) {
    StringWriter out = new StringWriter();
    try (SpreadsheetCsv csv = new SpreadsheetCsv(out, CsvDialect.of(language), "vendor", "value")) {
      csv.row("Pohjolan Myynti; Oy, Helsinki", new BigDecimal("1234.50"));
      csv.row("=SUM(A1)", new BigDecimal("-0.5"));
      csv.row("Kaleva", new BigDecimal("1E+3"));
    }
    return out.toString();
  }

  @Test
  void finnishSpreadsheetsGetSemicolonsAndDecimalCommas() {
    assertThat(written(Locale.forLanguageTag("fi-FI")))
        .isEqualTo(
            "\uFEFFvendor;value\r\n\"Pohjolan Myynti; Oy, Helsinki\";1234,50\r\n'=SUM(A1);-0,5\r\nKaleva;1000\r\n");
  }

  @Test
  void everyOtherLanguageGetsCommasAndDecimalPoints() {
    for (Locale language :
        new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("sv"), Locale.ROOT}) {
      assertThat(written(language))
          .isEqualTo(
              "\uFEFFvendor,value\r\n\"Pohjolan Myynti; Oy, Helsinki\",1234.50\r\n'=SUM(A1),-0.5\r\nKaleva,1000\r\n");
    }
  }
}
