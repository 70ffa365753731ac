package se.sodertorn.governance.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.sodertorn.governance.domain.shared.GovernanceException;

class ActivityPlanTest {

    private final DevelopmentProgramme sup = new DevelopmentProgramme("SUP 2040", 2023, 2040);

    @Test
    void aPlanIsDraftedAdoptedAndClosedInThatOrder() {
        ActivityPlan plan = new ActivityPlan(2023, "Verksamhetsplan 2023", sup);
        assertEquals(PlanStatus.DRAFT, plan.getStatus());
        assertEquals("plan.close.notAdopted", assertThrows(GovernanceException.class, plan::close).getMessageKey());
        plan.adopt();
        plan.checkOpen();
        assertEquals("plan.adopt.notDraft", assertThrows(GovernanceException.class, plan::adopt).getMessageKey());
        plan.close();
        assertEquals("plan.closed", assertThrows(GovernanceException.class, plan::checkOpen).getMessageKey());
    }

    @Test
    void roundsAreTakenOfAnAdoptedPlanOnlyNeverOfADraftOrAClosedPlan() {
        ActivityPlan plan = new ActivityPlan(2023, "Verksamhetsplan 2023", sup);
        LocalDate tertial = LocalDate.of(2023, 4, 30);
        assertFalse(plan.isTakingRounds());
        assertEquals("round.planNotAdopted", assertThrows(GovernanceException.class,
                () -> plan.takeRound("Tertial 1 2023", tertial, "secretariat")).getMessageKey());

        plan.adopt();
        assertTrue(plan.isTakingRounds());
        FollowUpRound round = plan.takeRound("Tertial 1 2023", tertial, "secretariat");
        assertEquals(plan, round.getPlan());
        assertEquals(tertial, round.getTakenOn());

        plan.close();
        assertFalse(plan.isTakingRounds());
        assertEquals("plan.closed", assertThrows(GovernanceException.class,
                () -> plan.takeRound("Helår 2023", LocalDate.of(2023, 12, 31), "secretariat")).getMessageKey());
    }

    @Test
    void aNewRoundIsDatedTodayOrTheLastDayOfAPastYear() {
        ActivityPlan plan = new ActivityPlan(2023, "Verksamhetsplan 2023", sup);
        assertEquals(LocalDate.of(2023, 12, 31), plan.defaultRoundDate(LocalDate.of(2025, 3, 14)));
        assertEquals(LocalDate.of(2023, 12, 31), plan.defaultRoundDate(LocalDate.of(2024, 1, 1)));
        assertEquals(LocalDate.of(2023, 12, 31), plan.defaultRoundDate(LocalDate.of(2023, 12, 31)));
        assertEquals(LocalDate.of(2023, 4, 30), plan.defaultRoundDate(LocalDate.of(2023, 4, 30)));
        assertEquals(LocalDate.of(2022, 11, 1), plan.defaultRoundDate(LocalDate.of(2022, 11, 1)),
                "a plan made ahead of its year is followed up today");
    }

    @Test
    void nextYearsDraftKeepsProgrammeAndFocusAreas() {
        ActivityPlan plan = new ActivityPlan(2023, "Verksamhetsplan 2023", sup);
        plan.useFocusArea(new FocusArea(sup, "Klimat", null, 1));
        plan.adopt();
        ActivityPlan next = plan.draftForNextYear("Verksamhetsplan 2024");
        assertEquals(2024, next.getYear());
        assertEquals(PlanStatus.DRAFT, next.getStatus());
        assertEquals(sup, next.getProgramme());
        assertEquals(1, next.getFocusAreas().size());
    }

    @Test
    void quartersAreNamedOnlyWhenTheDatesFallOnQuarterBoundaries() {
        LocalDate[] secondToThird = PlannedPeriod.ofQuarters(2023, 2, 3);
        assertEquals(LocalDate.of(2023, 4, 1), secondToThird[0]);
        assertEquals(LocalDate.of(2023, 9, 30), secondToThird[1]);
        assertEquals("2–3", PlannedPeriod.quarters(secondToThird[0], secondToThird[1]));
        assertEquals("4", PlannedPeriod.quarters(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 12, 31)));
        assertNull(PlannedPeriod.quarters(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 5, 31)));
        assertNull(PlannedPeriod.quarters(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 3, 31)));
        assertThrows(IllegalArgumentException.class, () -> PlannedPeriod.ofQuarters(2023, 3, 2));
    }

    @Test
    void aFollowUpLineDescribesItsPeriodAsPlansDo() {
        FollowUpLine quarters = new FollowUpLine(1, "Klimat", "A", null, LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 6, 30), ActivityStatus.DONE, 100, null, null, null, null);
        FollowUpLine dates = new FollowUpLine(2, "Klimat", "B", null, LocalDate.of(2023, 2, 1),
                LocalDate.of(2023, 5, 31), ActivityStatus.DONE, 100, null, null, null, null);
        assertEquals("Kv 1–2", quarters.period());
        assertEquals("2023-02-01 – 2023-05-31", dates.period());
    }
}
