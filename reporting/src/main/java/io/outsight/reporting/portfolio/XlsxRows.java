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
 * Rows as an Excel workbook written by POI's streaming SXSSF: only a window of rows is in memory,
 * the rest is flushed to a temporary file. A sheet holds a million rows; more go on the next.
 */
final class XlsxRows implements RowSink {

  private static final int ROWS_IN_MEMORY = 200;

  private static final int ROWS_PER_SHEET = 1_000_000;

  private final OutputStream out;
  private final List<String> headings;
  private final String sheetName;
  private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
  private final CellStyle heading;
  private SXSSFSheet sheet;
  private int next;

  /**
   * @param sheetName what the sheets are called, numbered from 1
   */
  XlsxRows(OutputStream out, List<String> headings, String sheetName) {
    this.out = out;
    this.headings = headings;
    this.sheetName = sheetName;
    workbook.setCompressTempFiles(true);
    heading = workbook.createCellStyle();
    Font bold = workbook.createFont();
    bold.setBold(true);
    heading.setFont(bold);
  }

  @Override
  public void row(Object... cells) {
    if (sheet == null || next > ROWS_PER_SHEET) {
      headed(sheetName + "-" + (workbook.getNumberOfSheets() + 1), headings);
    }
    cells(sheet.createRow(next++), cells);
  }

  /** A sheet of its own after the rows, such as the portfolio's concentration. */
  void section(String name, List<String> columns, List<List<Object>> rows) {
    headed(name, columns);
    rows.forEach(cells -> cells(sheet.createRow(next++), cells.toArray()));
  }

  private void headed(String name, List<String> columns) {
    sheet = workbook.createSheet(name);
    Row names = sheet.createRow(0);
    for (int i = 0; i < columns.size(); i++) {
      names.createCell(i).setCellValue(columns.get(i));
      names.getCell(i).setCellStyle(heading);
    }
    sheet.createFreezePane(0, 1);
    next = 1;
  }

  private static void cells(Row row, Object... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (cells[i] instanceof Number number) {
        row.createCell(i).setCellValue(number.doubleValue());
      } else if (cells[i] != null) {
        row.createCell(i).setCellValue(cells[i].toString());
      }
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
