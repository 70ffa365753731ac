package se.sodertorn.governance.reports.followup;

import java.util.List;

/**
 * What {@link FollowUpWorkbookReader} found in an uploaded workbook. A row without a usable id is only a problem;
 * a row with one is among the changes even when another of its cells has a problem (that value is {@code null}
 * there), so that the caller can check all of its fields; rows with a problem must not be applied. After a
 * problem with the whole file (row number 0, code {@code file.*}) there are no changes at all.
 *
 * @param planId   the plan id stored in the workbook, or 0 when it has none ({@code file.noPlanMarker})
 * @param changes  one entry per activity row with a usable id, in sheet and row order
 * @param problems what was wrong, in the order found
 */
public record FollowUpImport(long planId, List<ActivityChange> changes, List<ImportProblem> problems) {

    public FollowUpImport {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    /** @return whether the workbook is fine to apply: a plan marker, and no problem */
    public boolean isClean() {
        return problems.isEmpty();
    }

    static FollowUpImport rejected(String code, String detail) {
        return new FollowUpImport(0, List.of(), List.of(ImportProblem.ofFile(code, detail)));
    }
}
