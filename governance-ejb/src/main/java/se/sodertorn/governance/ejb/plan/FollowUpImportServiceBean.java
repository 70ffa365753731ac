package se.sodertorn.governance.ejb.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.sodertorn.governance.domain.plan.Activity;
import se.sodertorn.governance.domain.plan.ActivityPlan;
import se.sodertorn.governance.domain.plan.ActivityPlanRepository;
import se.sodertorn.governance.domain.plan.ActivityRepository;
import se.sodertorn.governance.domain.plan.ActivityStatus;
import se.sodertorn.governance.domain.security.Roles;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.Text;
import se.sodertorn.governance.reports.followup.ActivityChange;
import se.sodertorn.governance.reports.followup.FollowUpImport;
import se.sodertorn.governance.reports.followup.FollowUpWorkbookReader;

/** Default {@link FollowUpImportService}. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
public class FollowUpImportServiceBean implements FollowUpImportService {

    /** The workbook is of another plan. */
    static final String OTHER_PLAN = "file.otherPlan";
    /** A row names an activity that is not in the plan. */
    static final String UNKNOWN_ACTIVITY = "row.unknownActivity";

    @Inject
    private ActivityPlanRepository plans;
    @Inject
    private ActivityRepository activities;

    @Override
    public ImportPreview preview(int year, InputStream workbook) {
        ActivityPlan plan = openPlan(year);
        FollowUpImport read = read(workbook);
        List<ImportPreview.Problem> problems = new ArrayList<>();
        read.problems().forEach(p -> problems.add(new ImportPreview.Problem(p.sheet(), p.rowNumber(), p.code(), p.detail())));
        if (read.problems().stream().noneMatch(p -> p.code().startsWith("file.")) && read.planId() != plan.getId()) {
            problems.add(new ImportPreview.Problem(null, 0, OTHER_PLAN, String.valueOf(read.planId())));
        }
        List<ImportPreview.Change> changes = new ArrayList<>();
        int unchanged = 0;
        for (ActivityChange change : read.changes()) {
            Optional<Activity> found = activities.find(change.activityId())
                    .filter(activity -> activity.getPlan().getId().equals(plan.getId()));
            if (found.isEmpty()) {
                problems.add(new ImportPreview.Problem(change.sheet(), change.rowNumber(), UNKNOWN_ACTIVITY,
                        String.valueOf(change.activityId())));
                continue;
            }
            Activity activity = found.get();
            if (change.status() == null) {
                continue;
            }
            ActivityStatus status = ActivityStatus.valueOf(change.status().name());
            int progress = status == ActivityStatus.DONE ? 100 : change.progressPercent();
            if (activity.differsFrom(status, progress, change.comment())) {
                changes.add(new ImportPreview.Change(activity.getId(), activity.getVersion(), activity.getTitle(),
                        activity.getStatus(), status, activity.getProgressPercent(), progress,
                        activity.getFollowUpComment(), Text.strippedOrNull(change.comment())));
            } else {
                unchanged++;
            }
        }
        return new ImportPreview(changes, problems, unchanged);
    }

    @Override
    public int apply(int year, List<ImportPreview.Change> changes) {
        ActivityPlan plan = openPlan(year);
        for (ImportPreview.Change change : changes) {
            Activity activity = activities.find(change.activityId())
                    .filter(a -> a.getPlan().getId().equals(plan.getId()))
                    .orElseThrow(() -> new GovernanceException("import.unknownActivity", change.activityId()));
            activity.checkVersion(change.version());
            activity.followUp(change.newStatus(), change.newProgress(), change.newComment());
            activities.save(activity);
        }
        return changes.size();
    }

    private ActivityPlan openPlan(int year) {
        ActivityPlan plan = plans.ofYear(year);
        plan.checkOpen();
        return plan;
    }

    private static FollowUpImport read(InputStream workbook) {
        try {
            return new FollowUpWorkbookReader().read(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
