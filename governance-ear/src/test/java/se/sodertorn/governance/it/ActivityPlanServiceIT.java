package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.sodertorn.governance.domain.plan.Activity;
import se.sodertorn.governance.domain.plan.ActivityFilter;
import se.sodertorn.governance.domain.plan.ActivityPlan;
import se.sodertorn.governance.domain.plan.ActivityStatus;
import se.sodertorn.governance.domain.plan.FocusArea;
import se.sodertorn.governance.domain.plan.FollowUpRound;
import se.sodertorn.governance.domain.plan.PlanStatus;
import se.sodertorn.governance.domain.shared.ConcurrentChangeException;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.PageRequest;
import se.sodertorn.governance.ejb.plan.ActivityPlanService;
import se.sodertorn.governance.ejb.plan.ActivityService;
import se.sodertorn.governance.ejb.plan.PlanDashboard;

/** Plans, activities, rounds and copying through the real services, database and security. */
@ExtendWith(ArquillianExtension.class)
class ActivityPlanServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ActivityPlanServiceIT.class);
    }

    @EJB
    private ActivityPlanService plans;
    @EJB
    private ActivityService activities;
    @Inject
    private Callers callers;
    @Inject
    private PlanFixtures fixtures;

    @Test
    void aRoundKeepsWhatItRecordedWhileTheActivitiesGoOn() throws Exception {
        ActivityPlan plan = callers.asSecretariat(fixtures::newAdoptedPlan);
        FocusArea area = callers.asSecretariat(() -> fixtures.area(plan, 0));
        Activity first = callers.asSecretariat(() -> fixtures.activity(plan, area, "Första", 100_000));
        callers.asSecretariat(() -> fixtures.activity(plan, area, "Andra", 50_000));
        callers.asSecretariat(() -> activities.followUp(first.getId(), ActivityStatus.ONGOING, 40, "På gång", first.getVersion()));

        FollowUpRound tertial = callers.asSecretariat(() -> plans.takeRound(plan.getId(), "Tertial 1", LocalDate.of(plan.getYear(), 4, 30)));
        Activity again = callers.asSecretariat(() -> activities.find(first.getId()));
        callers.asSecretariat(() -> activities.followUp(again.getId(), ActivityStatus.DONE, 10, "Klar", again.getVersion()));
        Activity costlier = callers.asSecretariat(() -> activities.find(first.getId()));
        costlier.setBudget(new BigDecimal("400000"));
        callers.asSecretariat(() -> activities.save(costlier));

        PlanDashboard atTertial = callers.asDirector(() -> plans.dashboard(plan.getId(), tertial.getId()));
        PlanDashboard now = callers.asMember(() -> plans.dashboard(plan.getId(), null));
        PlanDashboard.Area thenArea = atTertial.areas().stream().filter(a -> a.focusAreaId() == area.getId()).findFirst().orElseThrow();
        PlanDashboard.Area nowArea = now.areas().stream().filter(a -> a.focusAreaId() == area.getId()).findFirst().orElseThrow();
        assertEquals(1, thenArea.count(ActivityStatus.ONGOING));
        assertEquals(0, thenArea.count(ActivityStatus.DONE));
        assertEquals(1, nowArea.count(ActivityStatus.DONE));
        assertEquals(50, nowArea.percentDone());
        assertEquals(new BigDecimal("450000.00"), nowArea.budget().setScale(2));
        assertEquals(new BigDecimal("150000.00"), thenArea.budget().setScale(2), "the round keeps the budget it recorded");
        assertEquals(100, callers.asMember(() -> activities.find(first.getId())).getProgressPercent(), "done is 100 %");
        assertEquals(4, now.areas().size(), "every focus area of the plan is shown, even without activities");
    }

    @Test
    void aDraftPlanIsNotFollowedUpInRounds() throws Exception {
        ActivityPlan plan = callers.asSecretariat(fixtures::newPlan);

        GovernanceException draft = assertThrows(GovernanceException.class, () -> callers.asSecretariat(() ->
                plans.takeRound(plan.getId(), "Tertial 1", LocalDate.of(plan.getYear(), 4, 30))));

        assertEquals("round.planNotAdopted", draft.getMessageKey());
        assertTrue(callers.asMember(() -> plans.roundsOf(plan.getId())).isEmpty());
    }

    @Test
    void copyingCarriesOnlyUnfinishedActivitiesIntoADraftForNextYear() throws Exception {
        ActivityPlan plan = callers.asSecretariat(fixtures::newPlan);
        FocusArea area = callers.asSecretariat(() -> fixtures.area(plan, 1));
        Activity done = callers.asSecretariat(() -> fixtures.activity(plan, area, "Klar", 1_000));
        Activity cancelled = callers.asSecretariat(() -> fixtures.activity(plan, area, "Inställd", 1_000));
        callers.asSecretariat(() -> fixtures.activity(plan, area, "Ej påbörjad", 2_000));
        Activity postponed = callers.asSecretariat(() -> fixtures.activity(plan, area, "Uppskjuten", 3_000));
        callers.asSecretariat(() -> activities.followUp(done.getId(), ActivityStatus.DONE, 100, null, done.getVersion()));
        callers.asSecretariat(() -> activities.followUp(cancelled.getId(), ActivityStatus.CANCELLED, 0, null, cancelled.getVersion()));
        callers.asSecretariat(() -> activities.followUp(postponed.getId(), ActivityStatus.POSTPONED, 30, "Senare", postponed.getVersion()));

        ActivityPlan next = callers.asSecretariat(() -> plans.copyToNextYear(plan.getId(), "Nästa år"));
        List<Activity> carried = callers.asMember(() -> activities.page(next.getId(), ActivityFilter.none(),
                PageRequest.of(0, 50))).rows();
        assertEquals(PlanStatus.DRAFT, next.getStatus());
        assertEquals(plan.getYear() + 1, next.getYear());
        assertEquals(List.of("Ej påbörjad", "Uppskjuten"), carried.stream().map(Activity::getTitle).sorted().toList());
        assertTrue(carried.stream().allMatch(a -> a.getStatus() == ActivityStatus.PLANNED && a.getProgressPercent() == 0));
        assertTrue(carried.stream().allMatch(a -> a.getPlannedStart().getYear() == plan.getYear() + 1));
        GovernanceException twice = assertThrows(GovernanceException.class,
                () -> callers.asSecretariat(() -> plans.copyToNextYear(plan.getId(), "Igen")));
        assertEquals("plan.yearTaken", twice.getMessageKey());
    }

    @Test
    void aClosedPlanRefusesChangesAndStaleFollowUpsAreConflicts() throws Exception {
        ActivityPlan plan = callers.asSecretariat(fixtures::newPlan);
        FocusArea area = callers.asSecretariat(() -> fixtures.area(plan, 2));
        Activity activity = callers.asSecretariat(() -> fixtures.activity(plan, area, "Något", 500));
        callers.asSecretariat(() -> activities.followUp(activity.getId(), ActivityStatus.ONGOING, 20, null, activity.getVersion()));

        assertThrows(ConcurrentChangeException.class, () -> callers.asSecretariat(() ->
                activities.followUp(activity.getId(), ActivityStatus.DONE, 100, null, activity.getVersion())));

        ActivityPlan adopted = callers.asSecretariat(() -> plans.adopt(plan.getId(), plan.getVersion()));
        callers.asSecretariat(() -> plans.close(adopted.getId(), adopted.getVersion()));
        Activity current = callers.asSecretariat(() -> activities.find(activity.getId()));
        GovernanceException closed = assertThrows(GovernanceException.class, () -> callers.asSecretariat(() ->
                activities.followUp(current.getId(), ActivityStatus.DONE, 100, null, current.getVersion())));
        assertEquals("plan.closed", closed.getMessageKey());
        assertEquals(ActivityStatus.ONGOING, callers.asMember(() -> activities.find(activity.getId())).getStatus());
    }

    @Test
    void theActivityTableFiltersInTheDatabase() throws Exception {
        ActivityPlan plan = callers.asSecretariat(fixtures::newPlan);
        FocusArea first = callers.asSecretariat(() -> fixtures.area(plan, 0));
        FocusArea second = callers.asSecretariat(() -> fixtures.area(plan, 1));
        for (int i = 0; i < 25; i++) {
            int n = i;
            callers.asSecretariat(() -> fixtures.activity(plan, n % 2 == 0 ? first : second, "Aktivitet " + n, 100));
        }

        var page = callers.asMember(() -> activities.page(plan.getId(), new ActivityFilter(first.getId(), null, null, null),
                PageRequest.of(0, 10)));
        assertEquals(13, page.total());
        assertEquals(10, page.rows().size());
        assertEquals(1, callers.asMember(() -> activities.page(plan.getId(), ActivityFilter.none(),
                new PageRequest(0, 10, null, true, "aktivitet 17"))).total());
        assertEquals(0, callers.asMember(() -> activities.page(plan.getId(),
                new ActivityFilter(null, ActivityStatus.DONE, null, null), PageRequest.of(0, 10))).total());
    }

    @Test
    void membersAndDirectorsCannotChangePlans() throws Exception {
        ActivityPlan plan = callers.asSecretariat(fixtures::newPlan);
        FocusArea area = callers.asSecretariat(() -> fixtures.area(plan, 0));
        Activity activity = callers.asSecretariat(() -> fixtures.activity(plan, area, "Skyddad", 100));

        assertThrows(EJBAccessException.class, () -> callers.asMember(() ->
                activities.followUp(activity.getId(), ActivityStatus.DONE, 100, null, activity.getVersion())));
        assertThrows(EJBAccessException.class, () -> callers.asDirector(() ->
                plans.takeRound(plan.getId(), "Tertial", LocalDate.of(plan.getYear(), 4, 30))));
        assertThrows(EJBAccessException.class, () -> callers.asMember(() -> plans.copyToNextYear(plan.getId(), "x")));
    }
}
