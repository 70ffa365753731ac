package se.sodertorn.governance.ejb.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import se.sodertorn.governance.domain.budget.Budget;
import se.sodertorn.governance.domain.budget.BudgetLine;
import se.sodertorn.governance.domain.budget.BudgetRepository;
import se.sodertorn.governance.domain.budget.LineCategory;
import se.sodertorn.governance.domain.budget.OutcomeEntry;
import se.sodertorn.governance.domain.organisation.MunicipalityRepository;
import se.sodertorn.governance.domain.plan.ActivityPlan;
import se.sodertorn.governance.domain.plan.ActivityPlanRepository;
import se.sodertorn.governance.domain.plan.FocusArea;

/**
 * A plausible 2023 budget (demo figures): ten kronor per inhabitant from the members, a regional grant, the
 * focus areas of SUP 2040 and the common costs; decided by SSK on 12 January 2023, with outcome booked through
 * the first tertial and forecasts per focus area (Näringsliv well below its budget). Populations at the end of 2022 (rounded) split the contributions.
 */
@ApplicationScoped
public class DemoBudget {

    @Inject
    private BudgetRepository budgets;
    @Inject
    private ActivityPlanRepository plans;
    @Inject
    private MunicipalityRepository municipalities;

    public boolean isLoaded() {
        return !budgets.revisions(2023).isEmpty();
    }

    public void load() {
        municipalities.listByName().forEach(budgets::recordPopulation);
        budgetFor(plans.findByYear(2023).orElseThrow(), LocalDate.of(2023, 1, 12), LocalDate.of(2023, 4, 30),
                "Utfall tertial 1 2023", BigDecimal.ONE);
    }

    /**
     * The demo budget of a plan's year, decided by SSK on the day given, with outcome booked on one day: the first
     * tertial's figures times {@code outcomeShare} (1 for a third of the year gone).
     */
    void budgetFor(ActivityPlan plan, LocalDate decidedOn, LocalDate outcomeOn, String outcomeNote,
            BigDecimal outcomeShare) {
        Outcome outcome = new Outcome(outcomeOn, outcomeNote, outcomeShare);
        Budget budget = budgets.save(new Budget(plan));
        line(budget, LineCategory.MEMBER_CONTRIBUTIONS, "Medlemsavgifter, 10 kr per invånare", 5_134_000, null,
                outcome, 1_711_333);
        line(budget, LineCategory.GRANT, "Bidrag från Region Stockholm", 300_000, null, outcome, 0);
        int[] areaBudgets = {600_000, 900_000, 700_000, 400_000};
        int[] areaOutcome = {150_000, 120_000, 260_000, 90_000};
        int[] areaForecast = {600_000, 600_000, 720_000, 400_000};
        int index = 0;
        for (FocusArea area : plan.getFocusAreas()) {
            line(budget, LineCategory.FOCUS_AREA, area.getName(), areaBudgets[index], area, outcome,
                    areaOutcome[index]).setForecast(BigDecimal.valueOf(areaForecast[index]));
            index++;
        }
        line(budget, LineCategory.SECRETARIAT, "Kansli och samordning", 2_400_000, null, outcome, 820_000);
        line(budget, LineCategory.CONFERENCE, "Södertörnskonferensen och planeringskonferens", 450_000, null,
                outcome, 60_000);
        line(budget, LineCategory.COLLABORATION_PLATFORM, "Samarbetsytan på webbplatsen", 120_000, null,
                outcome, 55_000);
        budget.decide(decidedOn, "SSK " + decidedOn);
        budgets.save(budget);
    }

    /** The outcome booked on one day: a share of the first tertial's figures. */
    private record Outcome(LocalDate day, String note, BigDecimal share) {
        BigDecimal of(int firstTertial) {
            return share.multiply(BigDecimal.valueOf(firstTertial)).setScale(0, RoundingMode.HALF_UP);
        }
    }

    private BudgetLine line(Budget budget, LineCategory category, String description, int amount, FocusArea area,
            Outcome outcome, int firstTertial) {
        BudgetLine line = new BudgetLine(budget, category, description, BigDecimal.valueOf(amount));
        line.setFocusArea(area);
        BudgetLine saved = budgets.save(line);
        BigDecimal booked = outcome.of(firstTertial);
        if (booked.signum() > 0) {
            budgets.save(new OutcomeEntry(saved, outcome.day(), booked, outcome.note()));
        }
        return saved;
    }
}
