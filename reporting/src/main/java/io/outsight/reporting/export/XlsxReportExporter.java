package io.outsight.reporting.export;

import io.outsight.extension.api.report.KpiStatus;
import io.outsight.extension.api.report.ReportDocument;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report as an Excel workbook: a sheet per section, its heading row frozen, numbers as numbers,
 * lights in their colours; the workbook's own properties say what it is and who made it when.
 */
@ApplicationScoped
public class XlsxReportExporter extends BuiltInExporter {

  private static final Map<KpiStatus, IndexedColors> COLOURS =
      new EnumMap<>(
          Map.of(
              KpiStatus.GREEN,
              IndexedColors.LIGHT_GREEN,
              KpiStatus.AMBER,
              IndexedColors.LIGHT_YELLOW,
              KpiStatus.RED,
              IndexedColors.ROSE,
              KpiStatus.NO_DATA,
              IndexedColors.GREY_25_PERCENT));

  public XlsxReportExporter() {
    super(
        "xlsx",
        "Excel workbook (XLSX)",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  }

  @Override
  public void write(ReportDocument document, OutputStream out) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      var properties = workbook.getProperties().getCoreProperties();
      properties.setTitle(document.metadata().title());
      properties.setCreator(document.metadata().generatedBy());
      properties.setCreated(Optional.of(Date.from(document.metadata().generatedAt())));
      properties.setDescription(
          document.report().contractReference() + " · " + document.report().vendorName());
      CellStyle numbers = workbook.createCellStyle();
      numbers.setDataFormat(workbook.createDataFormat().getFormat("#,##0.##"));
      CellStyle heading = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      heading.setFont(bold);
      Map<KpiStatus, CellStyle> lights = new EnumMap<>(KpiStatus.class);
      COLOURS.forEach(
          (status, colour) -> {
            CellStyle style = workbook.createCellStyle();
            style.setFillForegroundColor(colour.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            lights.put(status, style);
          });
      for (ReportSections.Section section : ReportSections.of(document)) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(section.title()));
        Row columns = sheet.createRow(0);
        for (int i = 0; i < section.columns().size(); i++) {
          columns.createCell(i).setCellValue(section.columns().get(i));
          columns.getCell(i).setCellStyle(heading);
        }
        sheet.createFreezePane(0, 1);
        int number = 1;
        for (List<Object> cells : section.rows()) {
          Row row = sheet.createRow(number++);
          for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            var cell = row.createCell(i);
            if (value instanceof BigDecimal amount) {
              cell.setCellValue(amount.doubleValue());
              cell.setCellStyle(numbers);
            } else if (value instanceof ReportSections.Light light) {
              cell.setCellValue(light.text());
              cell.setCellStyle(lights.get(light.status()));
            } else {
              cell.setCellValue(value == null ? "" : value.toString());
            }
          }
        }
        for (int i = 0; i < section.columns().size(); i++) {
          sheet.autoSizeColumn(i);
        }
      }
      workbook.write(out);
    }
  }
}
