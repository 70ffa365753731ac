package se.sodertorn.governance.reports.followup;

/**
 * What an uploaded workbook says about one activity: its status, progress and comment as the sheet holds them
 * (changed or not; the caller compares with what it has).
 *
 * @param activityId      the activity's id from the sheet's Id column
 * @param sheet           the sheet it was on
 * @param rowNumber       its row as Excel numbers it (1-based)
 * @param status          the status
 * @param progressPercent the progress, 0–100
 * @param comment         the comment; empty, never {@code null}, when the cell is empty
 */
public record ActivityChange(long activityId, String sheet, int rowNumber, ActivityStatus status,
                             int progressPercent, String comment) {
}
