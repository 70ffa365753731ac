package se.sodertorn.governance.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.BodyKind;
import se.sodertorn.governance.domain.organisation.Municipality;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.shared.GovernanceException;

class ActivityTest {

    private final DevelopmentProgramme sup = new DevelopmentProgramme("SUP 2040", 2023, 2040);
    private final FocusArea climate = new FocusArea(sup, "Klimat", "Minskade utsläpp", 1);
    private final ActivityPlan plan = new ActivityPlan(2023, "Verksamhetsplan 2023", sup);

    private Activity activity() {
        LocalDate[] quarters = PlannedPeriod.ofQuarters(2023, 2, 3);
        return new Activity(plan, climate, "BioDrivÖst", quarters[0], quarters[1]);
    }

    @Test
    void doneMeansAHundredPercentAndCommentsAreTrimmed() {
        Activity activity = activity();
        activity.followUp(ActivityStatus.DONE, 40, "  Klar i maj ");
        assertEquals(100, activity.getProgressPercent());
        assertEquals("Klar i maj", activity.getFollowUpComment());
        activity.followUp(ActivityStatus.ONGOING, 60, " ");
        assertEquals(60, activity.getProgressPercent());
        assertNull(activity.getFollowUpComment());
    }

    @Test
    void progressOutsideZeroToHundredIsRefusedAndChangesNothing() {
        Activity activity = activity();
        activity.followUp(ActivityStatus.ONGOING, 30, "På gång");
        GovernanceException refused = assertThrows(GovernanceException.class,
                () -> activity.followUp(ActivityStatus.ONGOING, 101, "för mycket"));
        assertEquals("activity.progress.range", refused.getMessageKey());
        assertEquals(30, activity.getProgressPercent());
        assertEquals("På gång", activity.getFollowUpComment());
        assertThrows(GovernanceException.class, () -> activity.followUp(null, 10, null));
    }

    @Test
    void carryingOverStartsAfreshAYearLaterWithTheSameWorkAndBudget() {
        Activity activity = activity();
        activity.setBudget(new BigDecimal("120000.00"));
        activity.setOutcome(new BigDecimal("5000.00"));
        activity.setResponsibleBody(new Body("KLIMAT", "Klimatnätverket", BodyKind.NETWORK));
        activity.followUp(ActivityStatus.POSTPONED, 20, "Skjuts upp");
        ActivityPlan next = plan.draftForNextYear("Verksamhetsplan 2024");

        Activity carried = activity.carryOverTo(next);

        assertEquals(next, carried.getPlan());
        assertEquals(LocalDate.of(2024, 4, 1), carried.getPlannedStart());
        assertEquals(LocalDate.of(2024, 9, 30), carried.getPlannedEnd());
        assertEquals(ActivityStatus.PLANNED, carried.getStatus());
        assertEquals(0, carried.getProgressPercent());
        assertNull(carried.getFollowUpComment());
        assertNull(carried.getOutcome());
        assertEquals(new BigDecimal("120000.00"), carried.getBudget());
        assertEquals("Klimatnätverket", carried.getResponsibleName());
    }

    @Test
    void finishedActivitiesAreNotCarriedOver() {
        Activity done = activity();
        done.followUp(ActivityStatus.DONE, 100, null);
        assertThrows(IllegalStateException.class, () -> done.carryOverTo(plan.draftForNextYear("x")));
        assertTrue(ActivityStatus.CANCELLED.isFinished());
        assertFalse(ActivityStatus.NOT_DONE.isFinished());
    }

    @Test
    void onlyOneResponsibleMayBeNamed() {
        Activity activity = activity();
        assertTrue(activity.isAtMostOneResponsible());
        activity.setResponsibleBody(new Body("KLIMAT", "Klimatnätverket", BodyKind.NETWORK));
        activity.setResponsibleMunicipality(new Municipality("0127", "Botkyrka", 95_600, LocalDate.of(2022, 12, 31)));
        assertFalse(activity.isAtMostOneResponsible());
    }

    @Test
    void differsFromComparesWhatAFollowUpWouldChange() {
        Activity activity = activity();
        activity.followUp(ActivityStatus.ONGOING, 50, "Halvvägs");
        assertFalse(activity.differsFrom(ActivityStatus.ONGOING, 50, " Halvvägs "));
        assertTrue(activity.differsFrom(ActivityStatus.ONGOING, 55, "Halvvägs"));
        assertTrue(activity.differsFrom(ActivityStatus.DONE, 50, "Halvvägs"));
    }

    @Test
    void theActivityKeepsItsFocusAreasOrderAndItsResponsiblesSortNameForTheTablesIndexes() {
        Activity activity = activity();
        assertEquals(1, activity.getFocusAreaOrder());
        activity.setFocusArea(new FocusArea(sup, "Trygghet", "Tryggare kommuner", 4));
        assertEquals(4, activity.getFocusAreaOrder());
        assertNull(activity.getResponsibleSortName());

        activity.setResponsiblePerson(new Person("Anna", "Ek"));
        assertEquals("Ek Anna", activity.getResponsibleSortName(), "a person sorts by last name, then first name");
        activity.setResponsiblePerson(null);
        activity.setResponsibleBody(new Body("KLIMAT", "Klimatnätverket", BodyKind.NETWORK));
        assertEquals("Klimatnätverket", activity.getResponsibleSortName());
        assertEquals("Klimatnätverket", activity.carryOverTo(plan.draftForNextYear("Nästa")).getResponsibleSortName());
        activity.setResponsibleBody(null);
        assertNull(activity.getResponsibleSortName());
    }
}
