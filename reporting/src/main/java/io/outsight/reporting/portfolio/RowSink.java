package io.outsight.reporting.portfolio;

import java.io.IOException;

/** Where the portfolio export's rows go, in one format. */
interface RowSink extends AutoCloseable {

  void row(LedgerRow row) throws IOException;

  /** Writes what is left and ends the file; the stream it writes to stays open. */
  @Override
  void close() throws IOException;
}
