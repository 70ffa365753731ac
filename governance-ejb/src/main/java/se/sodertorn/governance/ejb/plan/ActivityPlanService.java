package se.sodertorn.governance.ejb.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import se.sodertorn.governance.domain.plan.ActivityPlan;
import se.sodertorn.governance.domain.plan.FollowUpRound;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

/** The yearly activity plans: create, adopt, close, follow up in rounds, carry into next year. */
public interface ActivityPlanService {

    Page<ActivityPlan> page(@NotNull PageRequest request);

    ActivityPlan find(long id);

    ActivityPlan findByYear(int year);

    /** Creates a draft plan using the given focus areas of its programme. */
    ActivityPlan create(@NotNull @Valid ActivityPlan plan, @NotNull List<Long> focusAreaIds);

    ActivityPlan adopt(long planId, int expectedVersion);

    ActivityPlan close(long planId, int expectedVersion);

    /** The plan's follow-up rounds, oldest first. */
    List<FollowUpRound> roundsOf(long planId);

    /** Records every activity's status, progress and comment now, under the round's name; the plan must be adopted. */
    FollowUpRound takeRound(long planId, @NotBlank String name, @NotNull LocalDate takenOn);

    /** A new draft plan for the following year carrying every unfinished activity; returns it. */
    ActivityPlan copyToNextYear(long planId, @NotBlank String nextName);

    /** The plan per focus area: now, or as recorded by a round. */
    PlanDashboard dashboard(long planId, Long roundId);
}
