package se.sodertorn.governance.ejb.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import se.sodertorn.governance.domain.plan.Activity;
import se.sodertorn.governance.domain.plan.ActivityStatus;
import se.sodertorn.governance.domain.shared.Text;
import se.sodertorn.governance.reports.followup.ActivityChange;
import se.sodertorn.governance.reports.followup.FollowUpImport;
import se.sodertorn.governance.reports.followup.ImportProblem;

/**
 * Turns what the reader found in a workbook into the preview: the reader's problems, a workbook of another plan,
 * rows naming an activity not in the plan, and each row's fields checked against the activity's constraints
 * ({@link FollowUpRowCheck}); the rows without a problem that change something become changes. No container
 * needed: the activities are looked up through a function.
 */
final class FollowUpPreviewer {

    /** The workbook is of another plan. */
    static final String OTHER_PLAN = "file.otherPlan";
    /** A row names an activity that is not in the plan. */
    static final String UNKNOWN_ACTIVITY = "row.unknownActivity";

    private final FollowUpRowCheck rules;

    FollowUpPreviewer(FollowUpRowCheck rules) {
        this.rules = rules;
    }

    /**
     * @param read     what the reader found
     * @param planId   the plan the workbook must be of
     * @param activity the plan's activity of an id, or empty when the plan has none of that id
     * @return the changes, the problems (whole file first, then by sheet and row) and how many rows change nothing
     */
    ImportPreview preview(FollowUpImport read, long planId, LongFunction<Optional<Activity>> activity) {
        List<ImportPreview.Problem> problems = new ArrayList<>();
        Set<String> rowsWithProblems = new HashSet<>();
        Set<String> unreadableStatus = new HashSet<>();
        for (ImportProblem p : read.problems()) {
            problems.add(new ImportPreview.Problem(p.sheet(), p.rowNumber(), p.code(), p.detail()));
            rowsWithProblems.add(p.sheet() + "!" + p.rowNumber());
            if (ImportProblem.ROW_BAD_STATUS.equals(p.code())) {
                unreadableStatus.add(p.sheet() + "!" + p.rowNumber());
            }
        }
        if (read.problems().stream().noneMatch(p -> p.code().startsWith("file.")) && read.planId() != planId) {
            problems.add(new ImportPreview.Problem(null, 0, OTHER_PLAN, String.valueOf(read.planId())));
        }
        List<ImportPreview.Change> changes = new ArrayList<>();
        int unchanged = 0;
        for (ActivityChange row : read.changes()) {
            String where = row.sheet() + "!" + row.rowNumber();
            Optional<Activity> found = activity.apply(row.activityId());
            if (found.isEmpty()) {
                problems.add(new ImportPreview.Problem(row.sheet(), row.rowNumber(), UNKNOWN_ACTIVITY,
                        String.valueOf(row.activityId())));
                continue;
            }
            List<ImportPreview.Problem> broken = rules.check(row, unreadableStatus.contains(where));
            problems.addAll(broken);
            if (broken.isEmpty() && !rowsWithProblems.contains(where)) {
                Optional<ImportPreview.Change> change = change(found.get(), row);
                change.ifPresent(changes::add);
                unchanged += change.isEmpty() ? 1 : 0;
            }
        }
        return new ImportPreview(changes, inFileOrder(problems, read.changes()), unchanged);
    }

    /** @return the change a valid row makes to the activity, or empty when it keeps everything as it is */
    private static Optional<ImportPreview.Change> change(Activity activity, ActivityChange row) {
        ActivityStatus status = FollowUpRowCheck.status(row);
        int progress = status == ActivityStatus.DONE ? 100 : row.progressPercent();
        String title = Text.strippedOrNull(row.title());
        if (title.equals(activity.getTitle()) && !activity.differsFrom(status, progress, row.comment())) {
            return Optional.empty();
        }
        return Optional.of(new ImportPreview.Change(row.activityId(), activity.getVersion(), activity.getTitle(),
                title, activity.getStatus(), status, activity.getProgressPercent(), progress,
                activity.getFollowUpComment(), Text.strippedOrNull(row.comment())));
    }

    /** Problems of the whole file or a sheet first, then by sheet (in the order first met) and row. */
    private static List<ImportPreview.Problem> inFileOrder(List<ImportPreview.Problem> problems,
                                                           List<ActivityChange> rows) {
        Map<String, Integer> sheets = new HashMap<>();
        rows.forEach(r -> sheets.putIfAbsent(r.sheet(), sheets.size()));
        problems.forEach(p -> sheets.putIfAbsent(String.valueOf(p.sheet()), sheets.size()));
        List<ImportPreview.Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing((ImportPreview.Problem p) -> !p.stopsAll())
                .thenComparing(p -> sheets.get(String.valueOf(p.sheet())))
                .thenComparingInt(ImportPreview.Problem::row));
        return sorted;
    }
}
