package se.sodertorn.governance.ejb.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.sodertorn.governance.domain.organisation.BodyRepository;
import se.sodertorn.governance.domain.plan.Activity;
import se.sodertorn.governance.domain.plan.ActivityPlan;
import se.sodertorn.governance.domain.plan.ActivityPlanRepository;
import se.sodertorn.governance.domain.plan.ActivityRepository;
import se.sodertorn.governance.domain.plan.ActivityStatus;
import se.sodertorn.governance.domain.plan.DevelopmentProgramme;
import se.sodertorn.governance.domain.plan.FocusArea;
import se.sodertorn.governance.domain.plan.PlannedPeriod;
import se.sodertorn.governance.domain.plan.ProgrammeRepository;

/**
 * The current year's activity plan under SUP 2040, adopted, with activities whose status follows the day of the
 * start (done when their quarter is over, ongoing in it, planned before it; one falls behind), a follow-up round at
 * the latest tertial (or, early in the year, today), and the year's decided budget with outcome so far.
 */
@ApplicationScoped
class DemoYearPlan {

    /** Title, responsible body, first and last quarter, budget in SEK; by focus area in the programme's order. */
    private static final List<List<Object[]>> ACTIVITIES = List.of(
            List.of(new Object[] {"Gemensamt inspel till regionens trafikplanering", "PLAN", 1, 2, 70_000},
                    new Object[] {"Påverkansarbete för Tvärförbindelse Södertörn", "PLAN", 1, 4, 110_000},
                    new Object[] {"Dialogmöten med regionen om RUFS", "REGION", 2, 4, 60_000}),
            List.of(new Object[] {"Gemensam kompetensförsörjningsanalys", "NARING", 1, 3, 150_000},
                    new Object[] {"Ansökan om nya YH-utbildningar", "YH", 1, 2, 60_000},
                    new Object[] {"Etableringsguide för företag", "NARING", 3, 4, 80_000}),
            List.of(new Object[] {"Samverkan BioDrivÖst etapp 2", "KLIMAT", 1, 4, 300_000},
                    new Object[] {"Gemensam klimatfärdplan för resor och transporter", "KLIMAT", 2, 3, 90_000},
                    new Object[] {"Utbildning i klimatsmart upphandling", "KLIMAT", 4, 4, 40_000}),
            List.of(new Object[] {"Uppföljning av etableringsarbetet", "ETABL", 1, 4, 60_000},
                    new Object[] {"Mentorsprogram för utrikes födda akademiker", "ETABL", 2, 3, 70_000},
                    new Object[] {"Seminarium om inkluderande rekrytering", "ETABL", 3, 3, 25_000}));

    @Inject
    private ProgrammeRepository programmes;
    @Inject
    private ActivityPlanRepository plans;
    @Inject
    private ActivityRepository activities;
    @Inject
    private BodyRepository bodies;
    @Inject
    private DemoBudget demoBudget;

    void load(LocalDate today) {
        int year = today.getYear();
        DevelopmentProgramme sup2040 = programmes.list().stream().filter(p -> p.getName().equals("SUP 2040"))
                .findFirst().orElseThrow();
        List<FocusArea> areas = programmes.focusAreasOf(sup2040.getId());
        ActivityPlan plan = new ActivityPlan(year, "Verksamhetsplan " + year, sup2040);
        areas.forEach(plan::useFocusArea);
        plan.adopt();
        plans.save(plan);
        LocalDate roundDay = roundDay(today);
        List<Activity> planned = new ArrayList<>();
        for (int area = 0; area < areas.size() && area < ACTIVITIES.size(); area++) {
            for (Object[] row : ACTIVITIES.get(area)) {
                planned.add(activity(plan, areas.get(area), row, roundDay));
            }
        }
        plans.takeRound(plan.takeRound(roundName(roundDay, today), roundDay, "system"));
        for (Activity activity : planned) {
            followUp(activity, today);
            activities.save(activity);
        }
        BigDecimal share = BigDecimal.valueOf(today.getDayOfYear() * 3L)
                .divide(BigDecimal.valueOf(today.lengthOfYear()), 2, RoundingMode.HALF_UP);
        demoBudget.budgetFor(plan, LocalDate.of(year, 1, 15), today.minusDays(1),
                "Utfall till och med " + today.minusDays(1), share);
    }

    /** A new activity, followed up as things stood on the given day. */
    private Activity activity(ActivityPlan plan, FocusArea area, Object[] row, LocalDate asOf) {
        LocalDate[] period = PlannedPeriod.ofQuarters(plan.getYear(), (Integer) row[2], (Integer) row[3]);
        Activity activity = new Activity(plan, area, (String) row[0], period[0], period[1]);
        activity.setResponsibleBody(bodies.findByShortName((String) row[1]).orElseThrow());
        activity.setBudget(BigDecimal.valueOf((Integer) row[4]));
        followUp(activity, asOf);
        return activities.save(activity);
    }

    /** Done once its period is over, ongoing during it (one falls behind), untouched before it. */
    private static void followUp(Activity activity, LocalDate today) {
        LocalDate[] period = {activity.getPlannedStart(), activity.getPlannedEnd()};
        boolean behind = activity.getTitle().startsWith("Etableringsguide");
        if (period[1].isBefore(today)) {
            activity.followUp(ActivityStatus.DONE, 100, "Genomförd enligt plan.");
            activity.setOutcome(activity.getBudget().multiply(new BigDecimal("0.95")));
        } else if (!period[0].isAfter(today)) {
            long spent = today.toEpochDay() - period[0].toEpochDay();
            long length = period[1].toEpochDay() - period[0].toEpochDay() + 1;
            int progress = (int) Math.min(95, 100 * spent / length);
            activity.followUp(behind ? ActivityStatus.POSTPONED : ActivityStatus.ONGOING, behind ? 10 : progress,
                    behind ? "Försenad: väntar på underlag från kommunerna." : "Pågår enligt plan.");
        }
    }

    /** The latest tertial that has ended this year (30 April, 31 August), or today early in the year. */
    private static LocalDate roundDay(LocalDate today) {
        LocalDate second = LocalDate.of(today.getYear(), 8, 31);
        LocalDate first = LocalDate.of(today.getYear(), 4, 30);
        if (today.isAfter(second)) {
            return second;
        }
        return today.isAfter(first) ? first : today;
    }

    private static String roundName(LocalDate day, LocalDate today) {
        if (day.equals(today)) {
            return "Lägesbild " + day;
        }
        return (day.getMonthValue() == 4 ? "Tertial 1 " : "Tertial 2 ") + day.getYear();
    }
}
