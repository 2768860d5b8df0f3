package io.outsight.reporting.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.outsight.reporting.csv.CsvDialect;
import io.outsight.reporting.csv.SpreadsheetCsv;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CsvBufferTest {

  private static String written(Writer out, StringWriter text) {
    try (SpreadsheetCsv csv =
        new SpreadsheetCsv(out, CsvDialect.of(Locale.forLanguageTag("fi")), "toimittaja", "arvo")) {
      csv.row("Pohjolan Myynti; Oy", new BigDecimal("1234.50"));
      csv.row("=SUM(A1)", 7L);
      csv.row("Kaleva \"Myynti\" Åland, a name longer than the whole buffer", null);
      csv.row("", new BigDecimal("-0.5"));
    }
    return text.toString();
  }

  @Test
  void cellsCrossingTheBufferAndLongerThanItAreWrittenAsByTheWriterItself() {
    StringWriter direct = new StringWriter();
    StringWriter buffered = new StringWriter();

    assertThat(written(new CsvBuffer(buffered, 8), buffered))
        .isEqualTo(written(direct, direct))
        .contains("\"Kaleva \"\"Myynti\"\" Åland, a name longer than the whole buffer\";");
  }

  @Test
  void everyWayOfWritingKeepsItsOrderAndClosingWritesTheRest() throws Exception {
    StringWriter out = new StringWriter();
    try (CsvBuffer buffer = new CsvBuffer(out, 4)) {
      buffer.write("ab");
      buffer.write("a row longer than the buffer".toCharArray(), 2, 20);
      buffer.append(new StringBuilder("xyz"), 1, 3).append(null, 1, 3).append('!');
      buffer.write('?');
    }

    assertThat(out.toString()).isEqualTo("abrow longer than the yzul!?");
  }

  @Test
  void flushingWritesWhatIsBuffered() throws Exception {
    StringWriter out = new StringWriter();
    CsvBuffer buffer = new CsvBuffer(out, 64);
    buffer.append("a cell of a row", 2, 6).append(';');

    assertThat(out.toString()).isEmpty();
    buffer.flush();
    assertThat(out.toString()).isEqualTo("cell;");
  }
}
