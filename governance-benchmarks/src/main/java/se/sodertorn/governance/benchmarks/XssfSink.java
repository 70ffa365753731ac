package se.sodertorn.governance.benchmarks;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.sodertorn.governance.reports.followup.ActivityRow;

/** Baseline: plain in-memory XSSF, the same columns with basic styles (heading, numbers, SEK, wrapped text). */
final class XssfSink implements SheetSink {

    private final XSSFWorkbook workbook;
    private final CellStyle heading;
    private final CellStyle[] columnStyles = new CellStyle[HEADINGS.size()];
    private Sheet sheet;

    private XssfSink(XSSFWorkbook workbook) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setBold(true);
        heading = workbook.createCellStyle();
        heading.setFont(bold);
        heading.setWrapText(true);
        CellStyle integer = format("0");
        CellStyle sek = format(SEK);
        CellStyle wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        columnStyles[ID] = integer;
        columnStyles[PROGRESS] = integer;
        columnStyles[TITLE] = wrapped;
        columnStyles[COMMENT] = wrapped;
        columnStyles[BUDGET] = sek;
        columnStyles[OUTCOME] = sek;
    }

    static void write(SyntheticPlan plan, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetSink.drive(plan.rows(), new XssfSink(workbook));
            workbook.write(out);
        }
    }

    @Override
    public void startSheet(String name) {
        sheet = workbook.createSheet(name);
        Row row = sheet.createRow(0);
        for (int column = 0; column < HEADINGS.size(); column++) {
            sheet.setColumnWidth(column, WIDTHS[column] * 256);
            cell(row, column, HEADINGS.get(column), heading);
        }
        sheet.createFreezePane(0, 1);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    @Override
    public void row(int index, ActivityRow activity) {
        Row row = sheet.createRow(index);
        Object[] values = SheetSink.values(activity);
        for (int column = 0; column < values.length; column++) {
            cell(row, column, values[column], columnStyles[column]);
        }
    }

    @Override
    public void endSheet(int lastIndex) {
        sheet.setAutoFilter(new CellRangeAddress(0, lastIndex, 0, HEADINGS.size() - 1));
    }

    private CellStyle format(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private static void cell(Row row, int column, Object value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value instanceof String text) {
            cell.setCellValue(text);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
