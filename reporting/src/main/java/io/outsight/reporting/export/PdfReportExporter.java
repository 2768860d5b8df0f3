package io.outsight.reporting.export;

import io.outsight.extension.api.report.ContractReport;
import io.outsight.extension.api.report.ReportDocument;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The report as a PDF for reading and filing: a title block naming the contract, vendor, periods
 * and who made it when; a table per section with the lights in colour; page numbers with the count
 * of pages.
 */
@ApplicationScoped
public class PdfReportExporter extends BuiltInExporter {

  public PdfReportExporter() {
    super("pdf", "PDF", "application/pdf");
  }

  @Override
  public void write(ReportDocument document, OutputStream out) throws IOException {
    ContractReport report = document.report();
    ReportDocument.Labels labels = document.labels();
    PdfSections.write(
        document.metadata().title(),
        document.metadata().generatedBy(),
        List.of(
            labels.text("contract.reference")
                + ": "
                + report.contractReference()
                + "    "
                + labels.text("contract.vendor")
                + ": "
                + report.vendorName(),
            labels.text("export.periods")
                + ": "
                + labels.period(report.from())
                + " – "
                + labels.period(report.to())
                + "    "
                + labels.text("export.generatedBy")
                + ": "
                + document.metadata().generatedBy()
                + ", "
                + document.metadata().generatedAt()),
        ReportSections.of(document),
        labels,
        out);
  }
}
