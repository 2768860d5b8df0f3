package io.outsight.reporting.export;

import io.outsight.extension.api.report.ReportDocument;
import io.outsight.reporting.csv.CsvDialect;
import io.outsight.reporting.csv.SpreadsheetCsv;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The report as RFC 4180 CSV in UTF-8 with a byte order mark, in the dialect of the report's
 * language, one titled table after another; text that a spreadsheet could run as a formula is
 * neutralised, numbers stay numbers.
 */
@ApplicationScoped
public class CsvReportExporter extends BuiltInExporter {

  public CsvReportExporter() {
    super("csv", "CSV (RFC 4180)", "text/csv");
  }

  @Override
  public void write(ReportDocument document, OutputStream out) {
    Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try (SpreadsheetCsv csv =
        new SpreadsheetCsv(
            text, CsvDialect.of(Locale.forLanguageTag(document.metadata().language())))) {
      for (ReportSections.Section section : ReportSections.of(document)) {
        csv.row(section.title());
        csv.row(section.columns().toArray());
        for (List<Object> row : section.rows()) {
          csv.row(
              row.stream()
                  .map(cell -> cell instanceof ReportSections.Light light ? light.text() : cell)
                  .toArray());
        }
        csv.row();
      }
    }
  }
}
