package io.outsight.reporting.vendor;

import io.outsight.core.vendor.VendorSummary;
import io.outsight.reporting.csv.SpreadsheetSafeText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes vendor rows as RFC 4180 CSV with stable, language-neutral column names, so that an
 * auditor's scripts and spreadsheets read every export alike. Starts with a byte-order mark so
 * that spreadsheets read the UTF-8 names (ä, ö, å) correctly.
 */
public class VendorDirectoryCsv implements AutoCloseable {

  static final String[] COLUMNS = {"id", "name", "business_id", "country", "services", "status", "registered_at"};

  private final CSVPrinter printer;

  public VendorDirectoryCsv(Writer out) {
    try {
      out.write('\uFEFF');
      printer = CSVFormat.RFC4180.builder().setHeader(COLUMNS).get().print(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void write(VendorSummary vendor) {
    try {
      printer.printRecord(
          vendor.id(),
          SpreadsheetSafeText.of(vendor.name()),
          SpreadsheetSafeText.of(vendor.businessId()),
          vendor.country(),
          vendor.services().stream().sorted().map(Enum::name).collect(Collectors.joining(";")),
          vendor.status().name(),
          DateTimeFormatter.ISO_INSTANT.format(vendor.registeredAt()));
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
