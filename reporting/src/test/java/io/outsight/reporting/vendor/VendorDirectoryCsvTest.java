package io.outsight.reporting.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import io.outsight.core.vendor.ServiceOffering;
import io.outsight.core.vendor.VendorStatus;
import io.outsight.core.vendor.VendorSummary;
import io.outsight.reporting.csv.CsvDialect;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class VendorDirectoryCsvTest {

  @Test
  void writesOneRecordPerVendorUnderStableColumnNames() throws Exception {
    StringWriter out = new StringWriter();
    try (VendorDirectoryCsv csv = new VendorDirectoryCsv(out, CsvDialect.ENGLISH)) {
      csv.write(
          new VendorSummary(
              7L,
              "Pohjolan \"Myynti\", Oy",
              "0112038-9",
              "FI",
              Set.of(ServiceOffering.COLD_CALLING, ServiceOffering.FULL_SALES),
              VendorStatus.PROSPECT,
              Instant.parse("2026-11-26T10:15:30Z")));
      csv.write(
          new VendorSummary(
              8L,
              "=cmd|' /C calc'!A0",
              "DE123",
              "DE",
              Set.of(ServiceOffering.MARKETING),
              VendorStatus.ACTIVE,
              Instant.parse("2026-01-02T03:04:05Z")));
    }

    assertThat(out.toString())
        .startsWith("\uFEFFid,name,business_id,country,services,status,registered_at\r\n");
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(out.toString().substring(1)))
            .getRecords();
    assertThat(records).hasSize(2);
    assertThat(records.get(0).get("name")).isEqualTo("Pohjolan \"Myynti\", Oy");
    // Services in their declared order, so that equal sets always read alike.
    assertThat(records.get(0).get("services")).isEqualTo("FULL_SALES;COLD_CALLING");
    assertThat(records.get(0).get("registered_at")).isEqualTo("2026-11-26T10:15:30Z");
    assertThat(records.get(1).get("name")).isEqualTo("'=cmd|' /C calc'!A0");
    assertThat(records.get(1).get("status")).isEqualTo("ACTIVE");
  }
}
