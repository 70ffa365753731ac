package se.sodertorn.governance.reports.followup;

import java.util.Arrays;
import java.util.List;

import se.sodertorn.governance.reports.workbook.ReportTexts;

/**
 * The columns of a focus-area sheet, in order, with their fixed widths (in characters) and whether their text
 * wraps. Widths fit what the column usually holds on one line (a period "2023-02-01 – 2023-05-31" is 23 characters);
 * longer text wraps, and the row grows to show all of it (on screen and in print).
 */
enum DetailColumn {
    ID("column.id", 9, false),
    TITLE("column.title", 40, true),
    RESPONSIBLE("column.responsible", 24, true),
    PERIOD("column.period", 24, true),
    STATUS("column.status", 15, false),
    PROGRESS("column.progress", 12, false),
    COMMENT("column.comment", 50, true),
    BUDGET("column.budget", 15, false),
    OUTCOME("column.outcome", 15, false),
    EARLIER_STATUS("column.earlierStatus", 18, true);

    private final String key;
    private final int width;
    private final boolean wraps;

    DetailColumn(String key, int width, boolean wraps) {
        this.key = key;
        this.width = width;
        this.wraps = wraps;
    }

    /** @return whether the column's text wraps onto more lines instead of running into the next cell */
    boolean wraps() {
        return wraps;
    }

    /** @return the heading; for {@link #EARLIER_STATUS} it names the earlier round */
    String heading(String earlierRoundName) {
        return this == EARLIER_STATUS ? ReportTexts.format(key, earlierRoundName) : ReportTexts.get(key);
    }

    /** @return the width in characters */
    int characters() {
        return width;
    }

    /** @return the columns of a sheet, with the earlier status only when there is an earlier round */
    static List<DetailColumn> of(boolean withEarlierStatus) {
        return Arrays.stream(values()).filter(c -> withEarlierStatus || c != EARLIER_STATUS).toList();
    }
}
