package se.sodertorn.governance.reports.workbook;

import org.apache.poi.ss.usermodel.Cell;

/**
 * Writes text cells so that no spreadsheet program takes them for a formula (CSV/formula injection): text that
 * begins with {@code = + - @}, a tab or a carriage return stays a string cell and gets the quote-prefixed style,
 * so it is shown and re-edited as text. The text itself is not changed.
 */
public final class SafeText {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SafeText() {
    }

    public static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /** Writes the text, or leaves the cell blank (but styled) when it is {@code null}. */
    public static void write(Cell cell, String text, TextStyle style) {
        if (text == null) {
            cell.setCellStyle(style.plain());
            return;
        }
        cell.setCellValue(text);
        cell.setCellStyle(looksLikeFormula(text) ? style.guarded() : style.plain());
    }
}
