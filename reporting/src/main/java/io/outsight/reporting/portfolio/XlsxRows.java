package io.outsight.reporting.portfolio;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Ledger rows as an Excel workbook written by POI's streaming SXSSF: only a window of rows is in
 * memory, the rest is flushed to a temporary file. A sheet holds a million rows; more go on the
 * next.
 */
final class XlsxRows implements RowSink {

  private static final int ROWS_IN_MEMORY = 200;

  private static final int ROWS_PER_SHEET = 1_000_000;

  private final OutputStream out;
  private final List<String> headings;
  private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
  private final CellStyle heading;
  private SXSSFSheet sheet;
  private int next;

  XlsxRows(OutputStream out, List<String> headings) {
    this.out = out;
    this.headings = headings;
    workbook.setCompressTempFiles(true);
    heading = workbook.createCellStyle();
    Font bold = workbook.createFont();
    bold.setBold(true);
    heading.setFont(bold);
  }

  @Override
  public void row(LedgerRow row) {
    if (sheet == null || next > ROWS_PER_SHEET) {
      sheet = workbook.createSheet("ledger-" + (workbook.getNumberOfSheets() + 1));
      Row columns = sheet.createRow(0);
      for (int i = 0; i < headings.size(); i++) {
        columns.createCell(i).setCellValue(headings.get(i));
        columns.getCell(i).setCellStyle(heading);
      }
      sheet.createFreezePane(0, 1);
      next = 1;
    }
    Row cells = sheet.createRow(next++);
    cells.createCell(0).setCellValue(row.id());
    cells.createCell(1).setCellValue(row.contract());
    cells.createCell(2).setCellValue(row.vendor());
    cells.createCell(3).setCellValue(row.metric());
    cells.createCell(4).setCellValue(row.period());
    cells.createCell(5).setCellValue(row.value().doubleValue());
    cells.createCell(6).setCellValue(row.source());
    cells.createCell(7).setCellValue(row.recordedBy());
    cells.createCell(8).setCellValue(row.recordedAt());
    cells.createCell(9).setCellValue(row.submission());
    if (row.line() != null) {
      cells.createCell(10).setCellValue(row.line());
    }
    if (row.supersededBy() != null) {
      cells.createCell(11).setCellValue(row.supersededBy());
    }
  }

  @Override
  public void close() throws IOException {
    try {
      workbook.write(out);
    } finally {
      workbook.close();
    }
  }
}
