package io.outsight.reporting.vendor;

import io.outsight.core.vendor.VendorSummary;
import io.outsight.reporting.csv.CsvDialect;
import io.outsight.reporting.csv.SpreadsheetCsv;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/** The vendor list as CSV, with stable, language-neutral column names for auditors' scripts. */
public class VendorDirectoryCsv implements AutoCloseable {

  static final String[] COLUMNS = {
    "id", "name", "business_id", "country", "services", "status", "registered_at"
  };

  private final SpreadsheetCsv csv;

  public VendorDirectoryCsv(Writer out, CsvDialect dialect) {
    csv = new SpreadsheetCsv(out, dialect, COLUMNS);
  }

  public void write(VendorSummary vendor) {
    csv.row(
        vendor.id(),
        vendor.name(),
        vendor.businessId(),
        vendor.country(),
        vendor.services().stream().sorted().map(Enum::name).collect(Collectors.joining(";")),
        vendor.status().name(),
        DateTimeFormatter.ISO_INSTANT.format(vendor.registeredAt()));
  }

  @Override
  public void close() {
    csv.close();
  }
}
