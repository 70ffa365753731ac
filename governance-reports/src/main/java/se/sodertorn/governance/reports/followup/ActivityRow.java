package se.sodertorn.governance.reports.followup;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One activity on a focus-area sheet.
 *
 * @param activityId      the activity's id, written in the sheet for the re-import
 * @param focusArea       the focus area; rows must arrive grouped by it
 * @param title           what the activity is
 * @param responsible     who answers for it
 * @param period          when it runs, as free text (e.g. "Q1–Q2")
 * @param status          its status at the round
 * @param progressPercent its progress, 0–100
 * @param comment         the follow-up comment, or {@code null}
 * @param budget          its budget in SEK, or {@code null}
 * @param outcome         its outcome in SEK, or {@code null}
 * @param earlierStatus   its status at the earlier round, or {@code null}
 */
public record ActivityRow(long activityId, String focusArea, String title, String responsible, String period,
                          ActivityStatus status, int progressPercent, String comment, BigDecimal budget,
                          BigDecimal outcome, ActivityStatus earlierStatus) {

    public ActivityRow {
        Objects.requireNonNull(status, "status");
    }
}
