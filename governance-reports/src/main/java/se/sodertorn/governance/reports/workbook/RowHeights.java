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

    /**
     * @return how many lines the text takes in a column that many characters wide, wrapped at spaces as Excel
     *         and LibreOffice wrap it (a word longer than the column is broken), every line break starting a line
     */
    public static int lines(String text, int columnCharacters) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += paragraphLines(paragraph, columnCharacters);
        }
        return lines;
    }

    private static int paragraphLines(String paragraph, int width) {
        int lines = 1;
        int used = 0;
        for (String word : paragraph.split(" ", -1)) {
            int needed = used == 0 ? word.length() : used + 1 + word.length();
            if (needed <= width) {
                used = needed;
            } else if (word.length() <= width) {
                lines++;
                used = word.length();
            } else {
                int full = used == 0 ? 0 : 1;
                int rest = word.length();
                lines += full + (rest - 1) / width;
                used = (rest - 1) % width + 1;
            }
        }
        return lines;
    }
}
