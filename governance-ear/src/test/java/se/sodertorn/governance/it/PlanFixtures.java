package se.sodertorn.governance.it;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.concurrent.ThreadLocalRandom;
import se.sodertorn.governance.domain.plan.Activity;
import se.sodertorn.governance.domain.plan.ActivityPlan;
import se.sodertorn.governance.domain.plan.DevelopmentProgramme;
import se.sodertorn.governance.domain.plan.FocusArea;
import se.sodertorn.governance.domain.shared.PageRequest;
import se.sodertorn.governance.ejb.plan.ActivityPlanService;
import se.sodertorn.governance.ejb.plan.ActivityService;
import se.sodertorn.governance.ejb.plan.ProgrammeService;

/** A fresh plan for one test, in an unused far-future year, made through the services (call as the secretariat). */
@Dependent
public class PlanFixtures {

    @EJB
    private ProgrammeService programmes;
    @EJB
    private ActivityPlanService plans;
    @EJB
    private ActivityService activities;

    /**
     * A draft plan on SUP 2040 using all its focus areas, in a free even year from 2030 on whose next year is free and valid
     * too, for a copy to next year (other tests take odd years as well).
     */
    public ActivityPlan newPlan() {
        DevelopmentProgramme sup2040 = programmes.list().stream().filter(p -> p.getName().equals("SUP 2040"))
                .findFirst().orElseThrow();
        List<Long> areas = programmes.focusAreasOf(sup2040.getId()).stream().map(FocusArea::getId).toList();
        Set<Integer> used = plans.page(PageRequest.of(0, PageRequest.MAX_SIZE)).rows().stream()
                .map(ActivityPlan::getYear).collect(Collectors.toSet());
        List<Integer> free = IntStream.iterate(2030, y -> y + 1 <= ActivityPlan.LAST_YEAR, y -> y + 2)
                .filter(y -> !used.contains(y) && !used.contains(y + 1)).boxed().toList();
        if (free.isEmpty()) {
            throw new IllegalStateException("No free pair of years left for a test plan; clean the test database");
        }
        int year = free.get(ThreadLocalRandom.current().nextInt(free.size()));
        return plans.create(new ActivityPlan(year, "Verksamhetsplan " + year, sup2040), areas);
    }

    /** A plan as {@link #newPlan} makes it, adopted, so that it is followed up in rounds. */
    public ActivityPlan newAdoptedPlan() {
        ActivityPlan plan = newPlan();
        return plans.adopt(plan.getId(), plan.getVersion());
    }

    public FocusArea area(ActivityPlan plan, int index) {
        return plans.find(plan.getId()).getFocusAreas().stream().skip(index).findFirst().orElseThrow();
    }

    public Activity activity(ActivityPlan plan, FocusArea area, String title, int budget) {
        Activity activity = Activity.blankIn(plans.find(plan.getId()));
        activity.setFocusArea(area);
        activity.setTitle(title);
        activity.setBudget(BigDecimal.valueOf(budget));
        activity.setPlannedStart(LocalDate.of(plan.getYear(), 4, 1));
        activity.setPlannedEnd(LocalDate.of(plan.getYear(), 9, 30));
        return activities.save(activity);
    }
}
