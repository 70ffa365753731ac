package se.sodertorn.governance.ejb.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import se.sodertorn.governance.domain.budget.Budget;
import se.sodertorn.governance.domain.budget.BudgetLine;
import se.sodertorn.governance.domain.budget.LineCategory;
import se.sodertorn.governance.domain.plan.ActivityPlan;
import se.sodertorn.governance.domain.plan.DevelopmentProgramme;

class BudgetOverviewTest {

    private final Budget budget = new Budget(new ActivityPlan(2030, "Verksamhetsplan 2030",
            new DevelopmentProgramme("SUP 2040", 2023, 2040)));

    private BudgetOverview.Line line(int amount, Integer forecast, int outcome) {
        BudgetLine line = new BudgetLine(budget, LineCategory.COLLABORATION_PLATFORM, "Samarbetsyta",
                BigDecimal.valueOf(amount));
        if (forecast != null) {
            line.setForecast(BigDecimal.valueOf(forecast));
        }
        return new BudgetOverview.Line(line, BigDecimal.valueOf(outcome));
    }

    @Test
    void withoutAForecastTheYearComesToAtLeastWhatIsBooked() {
        BudgetOverview.Line overspent = line(120_000, null, 151_250);
        assertEquals(BigDecimal.valueOf(151_250), overspent.expected());
        assertEquals(BigDecimal.valueOf(31_250), overspent.deviation());
        assertTrue(overspent.isDeviating(), "a quarter over the budget is worth a look");

        BudgetOverview.Line onTrack = line(120_000, null, 55_000);
        assertEquals(BigDecimal.valueOf(120_000), onTrack.expected(), "the budget while the outcome is below it");
        assertFalse(onTrack.isDeviating());
    }

    @Test
    void aForecastIsTheExpectedOutcomeWhateverIsBooked() {
        assertEquals(BigDecimal.valueOf(600_000), line(900_000, 600_000, 950_000).expected());
        assertTrue(line(900_000, 600_000, 0).isDeviating());
    }
}
