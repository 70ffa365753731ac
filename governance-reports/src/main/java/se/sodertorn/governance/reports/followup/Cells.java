package se.sodertorn.governance.reports.followup;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/** Writes one styled cell; all text goes through {@link SafeText}. */
final class Cells {

    private Cells() {
    }

    static void text(Row row, int column, String text, TextStyle style) {
        SafeText.write(row.createCell(column), text, style);
    }

    static void number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** Writes an amount, or leaves the styled cell blank when it is {@code null}. */
    static void amount(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(style);
    }
}
