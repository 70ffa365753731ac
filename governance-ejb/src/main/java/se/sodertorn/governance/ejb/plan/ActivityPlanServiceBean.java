package se.sodertorn.governance.ejb.plan;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.sodertorn.governance.domain.plan.Activity;
import se.sodertorn.governance.domain.plan.ActivityPlan;
import se.sodertorn.governance.domain.plan.ActivityPlanRepository;
import se.sodertorn.governance.domain.plan.ActivityRepository;
import se.sodertorn.governance.domain.plan.ActivityStatus;
import se.sodertorn.governance.domain.plan.FocusArea;
import se.sodertorn.governance.domain.plan.FocusAreaTally;
import se.sodertorn.governance.domain.plan.FollowUpRound;
import se.sodertorn.governance.domain.plan.ProgrammeRepository;
import se.sodertorn.governance.domain.security.Roles;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.NotFoundException;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

/** Default {@link ActivityPlanService}. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.DIRECTOR, Roles.MEMBER})
public class ActivityPlanServiceBean implements ActivityPlanService {

    private static final int CARRY_BATCH = 200;

    @Inject
    private ActivityPlanRepository plans;
    @Inject
    private ActivityRepository activities;
    @Inject
    private ProgrammeRepository programmes;
    @Resource
    private SessionContext session;

    @Override
    public Page<ActivityPlan> page(PageRequest request) {
        return plans.page(request);
    }

    @Override
    public ActivityPlan find(long id) {
        return plans.find(id).orElseThrow(() -> new NotFoundException("plan", id));
    }

    @Override
    public ActivityPlan findByYear(int year) {
        return plans.ofYear(year);
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public ActivityPlan create(ActivityPlan plan, List<Long> focusAreaIds) {
        refuseTakenYear(plan.getYear());
        for (Long id : focusAreaIds) {
            FocusArea area = programmes.findFocusArea(id).orElseThrow(() -> new NotFoundException("focusArea", id));
            if (!area.getProgramme().getId().equals(plan.getProgramme().getId())) {
                throw new GovernanceException("plan.focusAreaOfOtherProgramme", area.getName());
            }
            plan.useFocusArea(area);
        }
        return plans.save(plan);
    }

    private void refuseTakenYear(int year) {
        plans.findByYear(year).ifPresent(existing -> {
            throw new GovernanceException("plan.yearTaken", year);
        });
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public ActivityPlan adopt(long planId, int expectedVersion) {
        ActivityPlan plan = current(planId, expectedVersion);
        plan.adopt();
        return plans.save(plan);
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public ActivityPlan close(long planId, int expectedVersion) {
        ActivityPlan plan = current(planId, expectedVersion);
        plan.close();
        return plans.save(plan);
    }

    private ActivityPlan current(long planId, int expectedVersion) {
        ActivityPlan plan = find(planId);
        plan.checkVersion(expectedVersion);
        return plan;
    }

    @Override
    public List<FollowUpRound> roundsOf(long planId) {
        return plans.roundsOf(planId);
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public FollowUpRound takeRound(long planId, String name, LocalDate takenOn) {
        ActivityPlan plan = find(planId);
        String trimmed = name.strip();
        FollowUpRound round = plan.takeRound(trimmed, takenOn, session.getCallerPrincipal().getName());
        if (plans.roundsOf(planId).stream().anyMatch(taken -> taken.getName().equalsIgnoreCase(trimmed))) {
            throw new GovernanceException("round.nameTaken", trimmed);
        }
        return plans.takeRound(round);
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public ActivityPlan copyToNextYear(long planId, String nextName) {
        ActivityPlan plan = find(planId);
        refuseTakenYear(plan.getYear() + 1);
        ActivityPlan next = plans.save(plan.draftForNextYear(nextName.strip()));
        List<Activity> batch;
        int first = 0;
        do {
            batch = activities.unfinished(planId, first, CARRY_BATCH);
            batch.forEach(activity -> activities.save(activity.carryOverTo(next)));
            first += CARRY_BATCH;
        } while (batch.size() == CARRY_BATCH);
        return next;
    }

    @Override
    public PlanDashboard dashboard(long planId, Long roundId) {
        ActivityPlan plan = find(planId);
        if (roundId != null) {
            FollowUpRound round = plans.findRound(roundId).orElseThrow(() -> new NotFoundException("round", roundId));
            if (!round.getPlan().getId().equals(planId)) {
                throw new NotFoundException("round", roundId);
            }
        }
        Map<Long, PlanDashboard.Area> areas = new LinkedHashMap<>();
        plan.getFocusAreas().forEach(area -> areas.put(area.getId(),
                new PlanDashboard.Area(area.getId(), area.getName(), Map.of(), BigDecimal.ZERO, BigDecimal.ZERO)));
        for (FocusAreaTally tally : activities.tally(planId, roundId)) {
            PlanDashboard.Area before = areas.getOrDefault(tally.focusAreaId(), new PlanDashboard.Area(
                    tally.focusAreaId(), tally.focusArea(), Map.of(), BigDecimal.ZERO, BigDecimal.ZERO));
            Map<ActivityStatus, Long> counts = new EnumMap<>(ActivityStatus.class);
            counts.putAll(before.counts());
            counts.merge(tally.status(), tally.count(), Long::sum);
            areas.put(tally.focusAreaId(), new PlanDashboard.Area(before.focusAreaId(), before.name(), counts,
                    before.budget().add(orZero(tally.budget())), before.outcome().add(orZero(tally.outcome()))));
        }
        return new PlanDashboard(List.copyOf(areas.values()));
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
