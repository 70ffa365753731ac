package se.sodertorn.governance.reports.followup;

import java.util.Arrays;
import java.util.List;

import se.sodertorn.governance.reports.workbook.ReportTexts;

/** The columns of a focus-area sheet, in order, with their fixed widths (in characters). */
enum DetailColumn {
    ID("column.id", 9),
    TITLE("column.title", 40),
    RESPONSIBLE("column.responsible", 22),
    PERIOD("column.period", 14),
    STATUS("column.status", 15),
    PROGRESS("column.progress", 12),
    COMMENT("column.comment", 50),
    BUDGET("column.budget", 14),
    OUTCOME("column.outcome", 14),
    EARLIER_STATUS("column.earlierStatus", 18);

    private final String key;
    private final int width;

    DetailColumn(String key, int width) {
        this.key = key;
        this.width = width;
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
