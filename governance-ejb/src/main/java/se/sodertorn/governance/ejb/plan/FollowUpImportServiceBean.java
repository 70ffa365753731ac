package se.sodertorn.governance.ejb.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.sodertorn.governance.domain.plan.Activity;
import se.sodertorn.governance.domain.plan.ActivityPlan;
import se.sodertorn.governance.domain.plan.ActivityPlanRepository;
import se.sodertorn.governance.domain.plan.ActivityRepository;
import se.sodertorn.governance.domain.security.Roles;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.reports.followup.FollowUpImport;
import se.sodertorn.governance.reports.followup.FollowUpWorkbookReader;

/**
 * Default {@link FollowUpImportService}: the preview is {@link FollowUpPreviewer}'s, with the constraint messages in
 * the caller's language; applying checks each change again against the activity's constraints before anything is
 * stored.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
public class FollowUpImportServiceBean implements FollowUpImportService {

    @Inject
    private ActivityPlanRepository plans;
    @Inject
    private ActivityRepository activities;
    @Inject
    private ValidatorFactory validation;

    @Override
    public ImportPreview preview(int year, InputStream workbook, Locale locale) {
        ActivityPlan plan = openPlan(year);
        FollowUpImport read = read(workbook);
        return new FollowUpPreviewer(new FollowUpRowCheck(validation, locale)).preview(read, plan.getId(),
                id -> inPlan(plan, id));
    }

    @Override
    public int apply(int year, List<ImportPreview.Change> changes) {
        ActivityPlan plan = openPlan(year);
        List<Activity> changed = new ArrayList<>();
        for (ImportPreview.Change change : changes) {
            Activity activity = inPlan(plan, change.activityId())
                    .orElseThrow(() -> new GovernanceException("import.unknownActivity", change.activityId()));
            activity.checkVersion(change.version());
            activity.setTitle(change.newTitle());
            activity.followUp(change.newStatus(), change.newProgress(), change.newComment());
            if (!FollowUpRowCheck.accepts(validation.getValidator(), activity)) {
                throw new GovernanceException("import.invalidChange", change.title());
            }
            changed.add(activity);
        }
        changed.forEach(activities::save);
        return changes.size();
    }

    private Optional<Activity> inPlan(ActivityPlan plan, long activityId) {
        return activities.find(activityId).filter(a -> a.getPlan().getId().equals(plan.getId()));
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
