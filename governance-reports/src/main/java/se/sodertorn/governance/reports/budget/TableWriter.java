package se.sodertorn.governance.reports.budget;

import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import se.sodertorn.governance.reports.workbook.Cells;
import se.sodertorn.governance.reports.workbook.PrintLayout;
import se.sodertorn.governance.reports.workbook.ReportTexts;
import se.sodertorn.governance.reports.workbook.TableLayout;
import se.sodertorn.governance.reports.workbook.WorkbookStyles;

/**
 * A budget sheet written top down: the title in the first row and in the printed page header, fixed column
 * widths, then rows in order, including the frozen heading row and totals rows with {@code SUM} formulas.
 */
final class TableWriter {

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final int columns;
    private int nextRow;

    TableWriter(Workbook workbook, String nameKey, String title, int[] widths, WorkbookStyles styles) {
        this.sheet = workbook.createSheet(ReportTexts.get(nameKey));
        this.styles = styles;
        this.columns = widths.length;
        TableLayout.widths(sheet, widths);
        Cells.text(row(), 0, title, styles.title);
        PrintLayout.apply(sheet, title);
    }

    Sheet sheet() {
        return sheet;
    }

    Row row() {
        return sheet.createRow(nextRow++);
    }

    void skipRow() {
        nextRow++;
    }

    /** @return the index of the last row written */
    int lastRow() {
        return nextRow - 1;
    }

    /** Writes the frozen heading row, repeated on every printed page. */
    void heading(List<String> keys) {
        TableLayout.heading(sheet, nextRow++, keys.stream().map(ReportTexts::get).toList(), styles.heading);
    }

    /** Writes a row with a bold label in the first column. */
    Row label(String key) {
        Row row = row();
        Cells.text(row, 0, ReportTexts.get(key), styles.label);
        return row;
    }

    /** Writes the start of a totals row: its label and a top border across the table. */
    Row totals(String labelKey) {
        Row row = row();
        Cells.text(row, 0, ReportTexts.get(labelKey), styles.totalLabel);
        for (int column = 1; column < columns; column++) {
            Cells.text(row, column, null, styles.totalLabel);
        }
        return row;
    }

    /**
     * Writes the sum of rows {@code firstRow} to {@code lastRow} of the column. Pass the heading row above the
     * first line as {@code firstRow}: SUM skips its text or blank, and the range stays valid without lines.
     */
    static void sum(Row row, int column, int firstRow, int lastRow, CellStyle style) {
        Cells.formula(row, column, "SUM(" + range(firstRow, lastRow, column, false) + ")", style);
    }

    /** @return a cell's address, e.g. "D5" */
    static String cell(int row, int column) {
        return new CellReference(row, column).formatAsString();
    }

    /** @return a range within one column, e.g. "D5:D9" or "$D$5:$D$9" */
    static String range(int firstRow, int lastRow, int column, boolean absolute) {
        return new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(null, absolute);
    }
}
