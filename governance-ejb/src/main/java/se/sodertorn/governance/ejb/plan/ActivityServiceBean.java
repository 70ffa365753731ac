package se.sodertorn.governance.ejb.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import se.sodertorn.governance.domain.plan.Activity;
import se.sodertorn.governance.domain.plan.ActivityFilter;
import se.sodertorn.governance.domain.plan.ActivityPlan;
import se.sodertorn.governance.domain.plan.ActivityPlanRepository;
import se.sodertorn.governance.domain.plan.ActivityRepository;
import se.sodertorn.governance.domain.plan.ActivityStatus;
import se.sodertorn.governance.domain.security.Roles;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.NotFoundException;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

/** Default {@link ActivityService}. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.DIRECTOR, Roles.MEMBER})
public class ActivityServiceBean implements ActivityService {

    @Inject
    private ActivityRepository activities;
    @Inject
    private ActivityPlanRepository plans;

    @Override
    public Page<Activity> page(long planId, ActivityFilter filter, PageRequest request) {
        return activities.page(planId, filter, request);
    }

    @Override
    public Activity find(long id) {
        return activities.find(id).orElseThrow(() -> new NotFoundException("activity", id));
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public Activity save(Activity activity) {
        ActivityPlan plan = plans.find(activity.getPlan().getId())
                .orElseThrow(() -> new NotFoundException("plan", activity.getPlan().getId()));
        plan.checkOpen();
        if (!plan.uses(activity.getFocusArea())) {
            throw new GovernanceException("activity.focusAreaNotInPlan", activity.getFocusArea().getName());
        }
        return activities.save(activity);
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public Activity followUp(long activityId, ActivityStatus status, int progressPercent, String comment,
            int expectedVersion) {
        Activity activity = find(activityId);
        activity.checkVersion(expectedVersion);
        activity.getPlan().checkOpen();
        activity.followUp(status, progressPercent, comment);
        return activities.save(activity);
    }
}
