package se.sodertorn.governance.reports.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Fixed column widths (no slow auto-sizing) and the heading row of a table that fills a sheet. */
public final class TableLayout {

    /** Excel measures column widths in 1/256 of a character. */
    public static final int UNITS_PER_CHARACTER = 256;

    private TableLayout() {
    }

    /** Sets the widths, in characters, of the columns from the first one on. */
    public static void widths(Sheet sheet, int... characters) {
        for (int column = 0; column < characters.length; column++) {
            sheet.setColumnWidth(column, characters[column] * UNITS_PER_CHARACTER);
        }
    }

    /**
     * Writes the headings from the first column on in a two-line row, freezes the rows down to it and repeats it
     * at the top of every printed page.
     *
     * @return the heading row
     */
    public static Row heading(Sheet sheet, int rowIndex, List<String> headings, TextStyle style) {
        Row row = sheet.createRow(rowIndex);
        row.setHeightInPoints(RowHeights.HEADING_POINTS);
        for (int column = 0; column < headings.size(); column++) {
            Cells.text(row, column, headings.get(column), style);
        }
        sheet.createFreezePane(0, rowIndex + 1);
        sheet.setRepeatingRows(new CellRangeAddress(rowIndex, rowIndex, -1, -1));
        return row;
    }
}
