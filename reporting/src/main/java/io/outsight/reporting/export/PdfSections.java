package io.outsight.reporting.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import io.outsight.extension.api.report.KpiStatus;
import io.outsight.extension.api.report.ReportDocument;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Titled tables as a PDF for reading and filing: a title block, a table per section with traffic
 * lights in colour, and page numbers with the count of pages. The success report and the due
 * diligence are written the same way.
 */
final class PdfSections {

  private static final Map<KpiStatus, Color> LIGHTS =
      Map.of(
          KpiStatus.GREEN,
          new Color(0xD3F9D8),
          KpiStatus.AMBER,
          new Color(0xFFF3BF),
          KpiStatus.RED,
          new Color(0xFFE3E3),
          KpiStatus.NO_DATA,
          new Color(0xF1F3F5));

  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
  private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
  private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);
  private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);

  private PdfSections() {}

  /**
   * Writes the title, the lines under it, and each section as a table, on landscape A4.
   *
   * @param author who made the document, kept in its properties
   */
  static void write(
      String title,
      String author,
      List<String> lines,
      List<ReportSections.Section> sections,
      ReportDocument.Labels labels,
      OutputStream out)
      throws IOException {
    Document pdf = new Document(PageSize.A4.rotate(), 36, 36, 36, 48);
    try {
      PdfWriter writer = PdfWriter.getInstance(pdf, out);
      writer.setPageEvent(new PageNumbers(labels));
      pdf.addTitle(title);
      pdf.addAuthor(author);
      pdf.addCreationDate();
      pdf.open();
      pdf.add(new Paragraph(title, TITLE));
      for (String line : lines) {
        pdf.add(new Paragraph(line, TEXT));
      }
      for (ReportSections.Section section : sections) {
        Paragraph heading = new Paragraph(section.title(), HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        pdf.add(heading);
        pdf.add(table(section, labels));
      }
      pdf.close();
    } catch (DocumentException failed) {
      throw new IOException("the PDF could not be written", failed);
    }
  }

  private static PdfPTable table(ReportSections.Section section, ReportDocument.Labels labels) {
    PdfPTable table = new PdfPTable(section.columns().size());
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String column : section.columns()) {
      PdfPCell cell = new PdfPCell(new Phrase(column, BOLD));
      cell.setBackgroundColor(new Color(0xE9ECEF));
      table.addCell(cell);
    }
    for (List<Object> row : section.rows()) {
      for (Object value : row) {
        PdfPCell cell =
            new PdfPCell(
                new Phrase(
                    value == null
                        ? ""
                        : value instanceof BigDecimal number
                            ? labels.number(number)
                            : value.toString(),
                    TEXT));
        if (value instanceof BigDecimal) {
          cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        if (value instanceof ReportSections.Light light) {
          cell.setBackgroundColor(LIGHTS.get(light.status()));
        }
        table.addCell(cell);
      }
    }
    return table;
  }

  /**
   * "Page n of m" centred at the foot of every page. The total is known only at the end, so each
   * page shows one shared template that is written when the document closes.
   */
  private static final class PageNumbers extends PdfPageEventHelper {

    private static final float TOTAL_WIDTH = 24;
    private final ReportDocument.Labels labels;
    private final BaseFont font = TEXT.getCalculatedBaseFont(false);
    private PdfTemplate total;

    PageNumbers(ReportDocument.Labels labels) {
      this.labels = labels;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
      total = writer.getDirectContent().createTemplate(TOTAL_WIDTH, TEXT.getSize() + 3);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      String page = labels.text("export.page", writer.getPageNumber());
      float width = font.getWidthPoint(page, TEXT.getSize());
      float x = (document.left() + document.right() - width - TOTAL_WIDTH) / 2;
      float y = document.bottom() - 24;
      PdfContentByte canvas = writer.getDirectContent();
      canvas.beginText();
      canvas.setFontAndSize(font, TEXT.getSize());
      canvas.setTextMatrix(x, y);
      canvas.showText(page);
      canvas.endText();
      canvas.addTemplate(total, x + width, y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
      total.beginText();
      total.setFontAndSize(font, TEXT.getSize());
      total.setTextMatrix(0, 0);
      total.showText(" " + (writer.getPageNumber() - 1));
      total.endText();
    }
  }
}
