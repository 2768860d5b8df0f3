package io.outsight.reporting.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file as auditors open it in a spreadsheet: RFC 4180 in the reader's dialect (columns and
 * decimal mark, {@link CsvDialect}), a byte-order mark so that the UTF-8 names (ä, ö, å) read
 * right, stable column names, and text that can never run as a formula.
 */
public class SpreadsheetCsv implements AutoCloseable {

  private final CSVPrinter printer;

  private final CsvDialect dialect;

  public SpreadsheetCsv(Writer out, CsvDialect dialect, String... columns) {
    this.dialect = dialect;
    try {
      out.write('\uFEFF');
      CSVFormat.Builder format = CSVFormat.RFC4180.builder().setDelimiter(dialect.delimiter());
      printer = (columns.length == 0 ? format : format.setHeader(columns)).get().print(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One row; text cells are made formula-safe, numbers stay numbers. */
  public void row(Object... cells) {
    Object[] safe = new Object[cells.length];
    for (int i = 0; i < cells.length; i++) {
      if (cells[i] instanceof String text) {
        safe[i] = SpreadsheetSafeText.of(text);
      } else if (cells[i] instanceof BigDecimal number) {
        // plain digits, never 1E+3: a number is data, not a formula, even when negative
        safe[i] = dialect.number(number);
      } else {
        safe[i] = cells[i];
      }
    }
    try {
      printer.printRecord(safe);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes out what is buffered, leaving the stream open for whoever owns it. */
  public void flush() {
    try {
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      printer.close(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
