package se.sodertorn.governance.domain.plan;

import java.util.List;
import java.util.Optional;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

/** Stored activity plans and their follow-up rounds. */
public interface ActivityPlanRepository {

    Optional<ActivityPlan> find(long id);

    Optional<ActivityPlan> findByYear(int year);

    /** The year's plan, or a broken rule that says there is none. */
    default ActivityPlan ofYear(int year) {
        return findByYear(year).orElseThrow(() -> new GovernanceException("plan.noneForYear", year));
    }

    Page<ActivityPlan> page(PageRequest request);

    ActivityPlan save(ActivityPlan plan);

    /** The plan's rounds, oldest first. */
    List<FollowUpRound> roundsOf(long planId);

    Optional<FollowUpRound> findRound(long id);

    /** Saves the round and records every activity of its plan as it is now, in the database, in one statement. */
    FollowUpRound takeRound(FollowUpRound round);
}
