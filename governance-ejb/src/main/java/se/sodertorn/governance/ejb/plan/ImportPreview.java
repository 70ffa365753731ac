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

    /** Whether it can be applied: no problems, and something to change. */
    public boolean isApplicable() {
        return problems.isEmpty() && !changes.isEmpty();
    }

    /** One activity's values before and after, and the version they were read at. */
    public record Change(long activityId, int version, String title, ActivityStatus oldStatus, ActivityStatus newStatus,
            int oldProgress, int newProgress, String oldComment, String newComment) implements Serializable {
    }

    /**
     * Something wrong in the file: where (sheet and 1-based row; row 0 for the whole file), a stable code for the
     * message, and a detail such as the offending value.
     */
    public record Problem(String sheet, int row, String code, String detail) implements Serializable {
    }
}
