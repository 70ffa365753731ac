package se.sodertorn.governance.benchmarks;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import se.sodertorn.governance.reports.followup.ActivityRow;
import se.sodertorn.governance.reports.followup.ActivityStatus;

/**
 * What the baseline writers (XSSF, fastexcel) implement: the same columns as the follow-up writer's focus-area
 * sheets, one sheet per focus area. {@link #drive} feeds it a plan's rows.
 */
interface SheetSink {

    List<String> HEADINGS = List.of("Id", "Aktivitet", "Ansvarig", "Period", "Status", "Framsteg (%)",
            "Kommentar", "Budget (kr)", "Utfall (kr)", "Status vid Delår 1");
    int[] WIDTHS = {9, 40, 22, 14, 15, 12, 50, 14, 14, 18};
    String SEK = "#,##0 \"kr\"";

    /** Column indexes with a number format or wrapped text. */
    int ID = 0;
    int TITLE = 1;
    int PROGRESS = 5;
    int COMMENT = 6;
    int BUDGET = 7;
    int OUTCOME = 8;

    /** Starts a sheet and writes its heading row. */
    void startSheet(String name) throws IOException;

    /** Writes one activity at the row index (1 = the first under the headings). */
    void row(int index, ActivityRow row) throws IOException;

    /** Ends the current sheet, whose last row index is given. */
    void endSheet(int lastIndex) throws IOException;

    /** @return the row's cell values in column order: strings, numbers or {@code null} */
    static Object[] values(ActivityRow row) {
        ActivityStatus earlier = row.earlierStatus();
        return new Object[] {row.activityId(), row.title(), row.responsible(), row.period(), row.status().label(),
            row.progressPercent(), row.comment(), row.budget(), row.outcome(),
            earlier == null ? null : earlier.label()};
    }

    static void drive(Iterator<ActivityRow> rows, SheetSink sink) throws IOException {
        String focusArea = null;
        int index = 0;
        while (rows.hasNext()) {
            ActivityRow row = rows.next();
            if (index == 0 || !Objects.equals(focusArea, row.focusArea())) {
                if (index > 0) {
                    sink.endSheet(index);
                }
                focusArea = row.focusArea();
                sink.startSheet(focusArea);
                index = 0;
            }
            sink.row(++index, row);
        }
        if (index > 0) {
            sink.endSheet(index);
        }
    }
}
