package io.outsight.reporting.portfolio;

import java.io.IOException;

/** Where the portfolio export's rows go, in one format. */
interface RowSink extends AutoCloseable {

  /**
   * Writes a row of cells in the order of the headings: text, whole or decimal numbers, or null for
   * an empty cell.
   */
  void row(Object... cells) throws IOException;

  /** Writes what is left and ends the file; the stream it writes to stays open. */
  @Override
  void close() throws IOException;
}
