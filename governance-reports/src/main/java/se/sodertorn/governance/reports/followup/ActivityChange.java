package se.sodertorn.governance.reports.followup;

/**
 * What an uploaded workbook says about one activity: its title, status, progress and comment as the sheet holds
 * them (changed or not; the caller compares with what it has, and checks them against its own rules). A value the
 * reader could not make sense of is {@code null}, and the problem is among the {@link FollowUpImport#problems()}
 * with the same sheet and row.
 *
 * @param activityId      the activity's id from the sheet's Id column
 * @param sheet           the sheet it was on
 * @param rowNumber       its row as Excel numbers it (1-based)
 * @param title           the title, as the cell holds it; empty, never {@code null}, when the cell is empty
 * @param status          the status; {@code null} when the cell is empty or holds no status label
 * @param progressPercent the progress as a whole number (not checked against a range); {@code null} when the
 *                        cell is empty or holds no whole number
 * @param comment         the comment; empty, never {@code null}, when the cell is empty
 */
public record ActivityChange(long activityId, String sheet, int rowNumber, String title, ActivityStatus status,
                             Integer progressPercent, String comment) {
}
