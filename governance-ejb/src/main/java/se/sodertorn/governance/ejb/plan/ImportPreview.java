package se.sodertorn.governance.ejb.plan;

import java.io.Serializable;
import java.util.List;
import se.sodertorn.governance.domain.plan.ActivityStatus;

/**
 * What an uploaded follow-up workbook would change: one line per activity whose status, progress or comment
 * differs, and the problems that stop it from being applied.
 */
public record ImportPreview(List<Change> changes, List<Problem> problems, int unchanged) implements Serializable {

    public ImportPreview {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    /**
     * Whether it can be applied: no problem with the whole file or a whole sheet, and something to change. Rows
     * with a problem are not among the changes, so the rest can be saved without them.
     */
    public boolean isApplicable() {
        return !isStopped() && !changes.isEmpty();
    }

    /** Whether a problem with the whole file or a whole sheet stops everything from being saved. */
    public boolean isStopped() {
        return problems.stream().anyMatch(Problem::stopsAll);
    }

    /**
     * One activity's values before and after, and the version they were read at.
     *
     * @param title    the title now
     * @param newTitle the title after the change (equal to {@code title} when the workbook keeps it)
     */
    public record Change(long activityId, int version, String title, String newTitle, ActivityStatus oldStatus,
            ActivityStatus newStatus, int oldProgress, int newProgress, String oldComment, String newComment)
            implements Serializable {

        /** Whether the workbook renames the activity. */
        public boolean isRenamed() {
            return !title.equals(newTitle);
        }
    }

    /**
     * Something wrong in the file: where (sheet and 1-based row; row 0 for the whole file), a stable code for the
     * message, and a detail such as the offending value.
     */
    public record Problem(String sheet, int row, String code, String detail) implements Serializable {

        /** Whether it stops the whole file (or a whole sheet) from being applied, not just its row. */
        public boolean stopsAll() {
            return row == 0 || code.startsWith("file.") || code.startsWith("sheet.");
        }
    }
}
