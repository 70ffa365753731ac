package se.sodertorn.governance.reports.workbook;

import org.apache.poi.ss.usermodel.Row;

/**
 * Row heights for wrapped text. Neither Excel nor LibreOffice reliably grows a row to fit wrapped text on opening
 * a file, so rows with long text get their height set from an estimate of its lines (characters per line from the
 * column width, plus explicit line breaks); no font measuring, which would be far too slow.
 */
public final class RowHeights {

    /** Heading rows hold two lines, for headings such as "Framsteg (%)" that wrap. */
    public static final float HEADING_POINTS = 30f;

    private static final float LINE_POINTS = 15f;
    /** Excel's largest row height. */
    private static final float MAX_POINTS = 409f;

    private RowHeights() {
    }

    /** Sets the row's height to fit the given number of lines, or leaves the default for a single line. */
    public static void fitLines(Row row, int lines) {
        if (lines > 1) {
            row.setHeightInPoints(Math.min(MAX_POINTS, lines * LINE_POINTS));
        }
    }

    /** @return how many lines the text takes in a column that many characters wide */
    public static int lines(String text, int columnCharacters) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int lines = 0;
        int start = 0;
        for (int end = text.indexOf('\n'); ; end = text.indexOf('\n', start)) {
            int length = (end < 0 ? text.length() : end) - start;
            lines += Math.max(1, (length + columnCharacters - 1) / columnCharacters);
            if (end < 0) {
                return lines;
            }
            start = end + 1;
        }
    }
}
