package io.outsight.reporting.portfolio;

import io.outsight.reporting.csv.CsvDialect;
import io.outsight.reporting.csv.SpreadsheetCsv;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Rows as RFC 4180 CSV in the reader's dialect, formula-safe, written as they come. */
final class CsvRows implements RowSink {

  private static final int BUFFER = 1 << 16;

  private final SpreadsheetCsv csv;

  CsvRows(OutputStream out, CsvDialect dialect, List<String> headings) {
    csv =
        new SpreadsheetCsv(
            new CsvBuffer(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER),
            dialect,
            headings.toArray(String[]::new));
  }

  @Override
  public void row(Object... cells) {
    csv.row(cells);
  }

  /** Flushes the rows; the response stream stays open for the digest and the server. */
  @Override
  public void close() {
    csv.flush();
  }
}
