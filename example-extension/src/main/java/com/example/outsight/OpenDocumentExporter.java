package com.example.outsight;

import io.outsight.extension.api.LocalizedText;
import io.outsight.extension.api.Parameter;
import io.outsight.extension.api.ParameterType;
import io.outsight.extension.api.report.ContractReport;
import io.outsight.extension.api.report.MetricLine;
import io.outsight.extension.api.report.MetricPeriod;
import io.outsight.extension.api.report.PeriodSpend;
import io.outsight.extension.api.report.ReportDocument;
import io.outsight.extension.api.report.ReportExporter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a success report as an OpenDocument spreadsheet (ODS), the format LibreOffice and the
 * public sector's office suites keep: the file's metadata, each targeted metric period by period,
 * and what each period cost. Every text is a string cell and every figure a number cell, so no cell
 * is ever run as a formula.
 */
public class OpenDocumentExporter implements ReportExporter {

  private static final LocalizedText NAME =
      new LocalizedText("OpenDocument spreadsheet", "OpenDocument-laskentataulukko");

  public static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

  private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  private static final String MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";

  /** The option: periods whose attainment falls below it are flagged in a column of their own. */
  public static final String THRESHOLD = "attainment-threshold";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static final List<Parameter> OPTIONS =
      List.of(
          Parameter.required(
                  THRESHOLD,
                  ParameterType.PERCENT,
                  BigDecimal.ZERO,
                  BigDecimal.valueOf(200),
                  new LocalizedText("Flag attainment below", "Merkitse toteuma alle"))
              .withDefault(HUNDRED)
              .withHelp(
                  new LocalizedText(
                      "Periods whose attainment is below this are marked in the Flag column.",
                      "Jaksot, joiden toteuma jää tämän alle, merkitään Huomio-sarakkeeseen.")));

  @Override
  public String id() {
    return "ods";
  }

  @Override
  public String displayName() {
    return NAME.en();
  }

  @Override
  public LocalizedText localizedName() {
    return NAME;
  }

  @Override
  public String version() {
    return ExampleExtension.VERSION;
  }

  @Override
  public String mediaType() {
    return MEDIA_TYPE;
  }

  @Override
  public String fileExtension() {
    return "ods";
  }

  @Override
  public List<Parameter> parameters() {
    return OPTIONS;
  }

  @Override
  public void write(ReportDocument document, OutputStream out) throws IOException {
    write(document, Map.of(), out);
  }

  @Override
  public void write(ReportDocument document, Map<String, BigDecimal> options, OutputStream out)
      throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    // the media type first and uncompressed, as the format asks, so a reader knows it by its bytes
    byte[] mediaType = MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII);
    ZipEntry first = new ZipEntry("mimetype");
    first.setMethod(ZipEntry.STORED);
    first.setSize(mediaType.length);
    CRC32 crc = new CRC32();
    crc.update(mediaType);
    first.setCrc(crc.getValue());
    zip.putNextEntry(first);
    zip.write(mediaType);
    zip.closeEntry();
    try {
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      manifest(zip);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      content(document, options.getOrDefault(THRESHOLD, HUNDRED), zip);
      zip.closeEntry();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the spreadsheet", e);
    }
    zip.finish();
  }

  private static void manifest(OutputStream out) throws XMLStreamException {
    XMLStreamWriter xml = writer(out);
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeStartElement("manifest", "manifest", MANIFEST);
    xml.writeNamespace("manifest", MANIFEST);
    xml.writeAttribute("manifest", MANIFEST, "version", "1.2");
    entry(xml, "/", MEDIA_TYPE);
    entry(xml, "content.xml", "text/xml");
    xml.writeEndElement();
    xml.writeEndDocument();
    xml.flush();
  }

  private static void entry(XMLStreamWriter xml, String path, String type)
      throws XMLStreamException {
    xml.writeEmptyElement("manifest", "file-entry", MANIFEST);
    xml.writeAttribute("manifest", MANIFEST, "full-path", path);
    xml.writeAttribute("manifest", MANIFEST, "media-type", type);
  }

  private static void content(ReportDocument document, BigDecimal threshold, OutputStream out)
      throws XMLStreamException {
    boolean finnish = "fi".equals(document.metadata().language());
    ContractReport report = document.report();
    ReportDocument.Labels labels = document.labels();
    XMLStreamWriter xml = writer(out);
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeStartElement("office", "document-content", OFFICE);
    xml.writeNamespace("office", OFFICE);
    xml.writeNamespace("table", TABLE);
    xml.writeNamespace("text", TEXT);
    xml.writeAttribute("office", OFFICE, "version", "1.2");
    xml.writeStartElement("office", "body", OFFICE);
    xml.writeStartElement("office", "spreadsheet", OFFICE);
    xml.writeStartElement("table", "table", TABLE);
    xml.writeAttribute("table", TABLE, "name", finnish ? "Raportti" : "Report");

    ReportDocument.Metadata about = document.metadata();
    row(xml, about.title());
    row(xml, finnish ? "Sopimus" : "Contract", report.contractReference());
    row(xml, finnish ? "Toimittaja" : "Vendor", report.vendorName());
    row(xml, finnish ? "Laatija" : "Generated by", about.generatedBy());
    row(xml, finnish ? "Laadittu" : "Generated at", about.generatedAt().toString());
    row(xml, finnish ? "Tilanne päivänä" : "As of", about.asOf().toString());
    row(xml, finnish ? "Korvausmalli" : "Compensation model", about.compensationModel());
    row(xml);
    row(
        xml,
        finnish ? "Mittari" : "Metric",
        finnish ? "Jakso" : "Period",
        finnish ? "Toteuma" : "Actual",
        finnish ? "Tavoitteesta %" : "Attainment %",
        finnish ? "Tila" : "Status",
        (finnish ? "Huomio (alle " : "Flag (below ")
            + threshold.stripTrailingZeros().toPlainString()
            + " %)");
    for (MetricLine line : report.metrics()) {
      for (MetricPeriod period : line.periods()) {
        xml.writeStartElement("table", "table-row", TABLE);
        text(xml, labels.metric(line.metricId()));
        text(xml, labels.period(period.period()));
        number(xml, period.actual());
        number(xml, period.attainment());
        text(xml, period.status().name());
        boolean below = period.attainment() != null && period.attainment().compareTo(threshold) < 0;
        text(xml, below ? "!" : "");
        xml.writeEndElement();
      }
    }
    row(xml);
    row(xml, finnish ? "Jakso" : "Period", finnish ? "Kustannus" : "Spend");
    for (PeriodSpend spend : report.spend()) {
      xml.writeStartElement("table", "table-row", TABLE);
      text(xml, labels.period(spend.period()));
      number(xml, spend.total().amount());
      xml.writeEndElement();
    }
    xml.writeStartElement("table", "table-row", TABLE);
    text(xml, finnish ? "Yhteensä" : "Total");
    number(xml, report.totalSpend().amount());
    xml.writeEndElement();

    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    xml.flush();
  }

  private static void row(XMLStreamWriter xml, String... texts) throws XMLStreamException {
    xml.writeStartElement("table", "table-row", TABLE);
    for (String value : List.of(texts)) {
      text(xml, value);
    }
    if (texts.length == 0) {
      xml.writeEmptyElement("table", "table-cell", TABLE);
    }
    xml.writeEndElement();
  }

  private static void text(XMLStreamWriter xml, String value) throws XMLStreamException {
    xml.writeStartElement("table", "table-cell", TABLE);
    xml.writeAttribute("office", OFFICE, "value-type", "string");
    xml.writeStartElement("text", "p", TEXT);
    xml.writeCharacters(value == null ? "" : value);
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void number(XMLStreamWriter xml, BigDecimal value) throws XMLStreamException {
    if (value == null) {
      xml.writeEmptyElement("table", "table-cell", TABLE);
      return;
    }
    xml.writeStartElement("table", "table-cell", TABLE);
    xml.writeAttribute("office", OFFICE, "value-type", "float");
    xml.writeAttribute("office", OFFICE, "value", value.toPlainString());
    xml.writeStartElement("text", "p", TEXT);
    xml.writeCharacters(value.toPlainString());
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static XMLStreamWriter writer(OutputStream out) throws XMLStreamException {
    return XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
  }
}
