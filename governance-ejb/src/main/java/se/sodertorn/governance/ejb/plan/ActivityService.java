package se.sodertorn.governance.ejb.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.sodertorn.governance.domain.plan.Activity;
import se.sodertorn.governance.domain.plan.ActivityFilter;
import se.sodertorn.governance.domain.plan.ActivityStatus;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

/** The activities of a plan: listed a page at a time, added, edited and followed up. */
public interface ActivityService {

    /**
     * A page of the plan's activities, filtered and sorted by the database. With a text filter (the free-text
     * search or the responsible), matches are counted up to {@link PageRequest#SEARCH_COUNT_LIMIT} and
     * {@link Page#more()} tells whether there are more.
     */
    Page<Activity> page(long planId, @NotNull ActivityFilter filter, @NotNull PageRequest request);

    Activity find(long id);

    /** Adds or saves an activity of an open plan, in one of the plan's focus areas. */
    Activity save(@NotNull @Valid Activity activity);

    /** Records status, progress and comment of one activity (the quick edit in the table). */
    Activity followUp(long activityId, @NotNull ActivityStatus status, int progressPercent, String comment,
            int expectedVersion);
}
