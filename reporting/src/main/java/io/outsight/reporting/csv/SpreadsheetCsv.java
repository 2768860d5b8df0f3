package io.outsight.reporting.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file as auditors open it in a spreadsheet: RFC 4180, a byte-order mark so that the UTF-8
 * names (ä, ö, å) read right, stable column names, and text that can never run as a formula.
 */
public class SpreadsheetCsv implements AutoCloseable {

  private final CSVPrinter printer;

  public SpreadsheetCsv(Writer out, String... columns) {
    try {
      out.write('\uFEFF');
      printer = CSVFormat.RFC4180.builder().setHeader(columns).get().print(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One row; text cells are made formula-safe, numbers stay numbers. */
  public void row(Object... cells) {
    Object[] safe = new Object[cells.length];
    for (int i = 0; i < cells.length; i++) {
      safe[i] = cells[i] instanceof String text ? SpreadsheetSafeText.of(text) : cells[i];
    }
    try {
      printer.printRecord(safe);
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
