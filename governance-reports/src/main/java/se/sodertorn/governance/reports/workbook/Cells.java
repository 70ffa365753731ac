package se.sodertorn.governance.reports.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/** Writes one styled cell; all text goes through {@link SafeText}. */
public final class Cells {

    private Cells() {
    }

    public static void text(Row row, int column, String text, TextStyle style) {
        SafeText.write(row.createCell(column), text, style);
    }

    public static void number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** Writes an amount, or leaves the styled cell blank when it is {@code null}. */
    public static void amount(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(style);
    }

    /** Writes a date, or leaves the styled cell blank when it is {@code null}. */
    public static void date(Row row, int column, LocalDate value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    /** Writes a formula (without the leading {@code =}); only ever built by our code, never from user text. */
    public static void formula(Row row, int column, String formula, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
    }
}
