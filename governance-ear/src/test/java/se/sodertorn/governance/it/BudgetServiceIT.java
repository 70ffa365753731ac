package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.sodertorn.governance.domain.budget.Budget;
import se.sodertorn.governance.domain.budget.BudgetLine;
import se.sodertorn.governance.domain.budget.BudgetStatus;
import se.sodertorn.governance.domain.budget.ContributionRule;
import se.sodertorn.governance.domain.budget.LineCategory;
import se.sodertorn.governance.domain.organisation.Municipality;
import se.sodertorn.governance.domain.plan.ActivityPlan;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.ejb.budget.BudgetOverview;
import se.sodertorn.governance.ejb.budget.BudgetService;
import se.sodertorn.governance.ejb.organisation.MunicipalityService;

/** Budgets through the real service: decided figures are fixed, revisions keep them, contributions add up. */
@ExtendWith(ArquillianExtension.class)
class BudgetServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(BudgetServiceIT.class);
    }

    @EJB
    private BudgetService budgets;
    @Inject
    private Callers callers;
    @Inject
    private PlanFixtures planFixtures;
    @Inject
    private RegisterFixtures fixtures;
    @EJB
    private MunicipalityService municipalities;

    @Test
    void theDemoBudgetOf2023SplitsTheMembersTotalExactlyByPopulation() throws Exception {
        BudgetOverview overview = callers.asDirector(() -> budgets.overview(2023));
        assertEquals(BudgetStatus.DECIDED, overview.budget().getStatus());
        assertEquals(8, overview.contributions().size());
        assertEquals(5_134_000L, overview.totalContributions());
        BudgetOverview.Contribution huddinge = overview.contributions().stream()
                .filter(c -> c.municipality().equals("Huddinge")).findFirst().orElseThrow();
        assertEquals(1_130_000L, huddinge.kronor());
        assertEquals(113_000L, huddinge.population());
        assertTrue(overview.totalOutcome(false).signum() > 0, "outcome through the first tertial is booked");
    }

    @Test
    void aDecidedBudgetRefusesChangesAndARevisionKeepsTheOldFigures() throws Exception {
        ActivityPlan plan = callers.asSecretariat(planFixtures::newPlan);
        Budget draft = callers.asSecretariat(() -> budgets.create(plan.getYear()));
        BudgetLine contributions = callers.asSecretariat(() -> budgets.saveLine(
                new BudgetLine(draft, LineCategory.MEMBER_CONTRIBUTIONS, "Medlemsavgifter", new BigDecimal("1000003"))));
        callers.asSecretariat(() -> budgets.saveLine(
                new BudgetLine(draft, LineCategory.SECRETARIAT, "Kansli", new BigDecimal("800000"))));
        Budget equal = callers.asSecretariat(() -> budgets.splitBy(draft.getId(), ContributionRule.EQUAL, null, draft.getVersion()));
        Budget decided = callers.asSecretariat(() -> budgets.decide(equal.getId(), LocalDate.of(plan.getYear(), 1, 12),
                "SSK", equal.getVersion()));

        BudgetLine more = new BudgetLine(decided, LineCategory.CONFERENCE, "Konferens", new BigDecimal("1"));
        GovernanceException refused = assertThrows(GovernanceException.class, () -> callers.asSecretariat(() -> budgets.saveLine(more)));
        assertEquals("budget.notDraft", refused.getMessageKey());
        assertThrows(GovernanceException.class, () -> callers.asSecretariat(() ->
                budgets.splitBy(decided.getId(), ContributionRule.POPULATION, null, decided.getVersion())));
        callers.asSecretariat(() -> budgets.recordOutcome(contributions.getId(), LocalDate.of(plan.getYear(), 3, 1),
                new BigDecimal("250000"), "Första fakturan"));

        Budget revision = callers.asSecretariat(() -> budgets.revise(decided.getId()));
        assertEquals(2, revision.getRevision());
        BudgetOverview stillDecided = callers.asMember(() -> budgets.overview(plan.getYear()));
        assertEquals(1, stillDecided.budget().getRevision(), "the decided revision counts until the new one is decided");
        assertEquals(1_000_003L, stillDecided.totalContributions());
        assertEquals(8, stillDecided.contributions().size());
        assertTrue(stillDecided.contributions().stream().allMatch(c -> c.kronor() == 125_000L || c.kronor() == 125_001L));

        callers.asSecretariat(() -> budgets.decide(revision.getId(), LocalDate.of(plan.getYear(), 3, 16), "SSK",
                revision.getVersion()));
        assertEquals(2, callers.asMember(() -> budgets.overview(plan.getYear())).budget().getRevision());
        assertEquals(BudgetStatus.SUPERSEDED, callers.asMember(() -> budgets.revisions(plan.getYear())).get(1).getStatus());
    }

    @Test
    void aNewPopulationFigureCountsForLaterBudgetsAndNotForEarlierOnes() throws Exception {
        Municipality nykvarn = callers.asSecretariat(() -> fixtures.municipality("Nykvarn"));
        nykvarn.setPopulation(12_345);
        nykvarn.setPopulationDate(LocalDate.of(2024, 12, 31));
        callers.asSecretariat(() -> municipalities.save(nykvarn));

        ActivityPlan plan = callers.asSecretariat(planFixtures::newPlan);
        Budget draft = callers.asSecretariat(() -> budgets.create(plan.getYear()));
        callers.asSecretariat(() -> budgets.saveLine(
                new BudgetLine(draft, LineCategory.MEMBER_CONTRIBUTIONS, "Medlemsavgifter", new BigDecimal("800000"))));

        BudgetOverview.Contribution later = callers.asMember(() -> budgets.overview(plan.getYear())).contributions()
                .stream().filter(c -> c.municipality().equals("Nykvarn")).findFirst().orElseThrow();
        BudgetOverview.Contribution in2023 = callers.asMember(() -> budgets.overview(2023)).contributions()
                .stream().filter(c -> c.municipality().equals("Nykvarn")).findFirst().orElseThrow();
        assertEquals(12_345L, later.population());
        assertEquals(LocalDate.of(2024, 12, 31), later.referenceDate());
        assertEquals(11_700L, in2023.population(), "the decided 2023 budget keeps the 2022 figure");
    }

    @Test
    void onlyTheSecretariatAndAdminChangeBudgets() throws Exception {
        ActivityPlan plan = callers.asSecretariat(planFixtures::newPlan);
        assertThrows(EJBAccessException.class, () -> callers.asDirector(() -> budgets.create(plan.getYear())));
        assertThrows(EJBAccessException.class, () -> callers.asMember(() -> budgets.create(plan.getYear())));
        Budget draft = callers.asAdmin(() -> budgets.create(plan.getYear()));
        assertThrows(EJBAccessException.class, () -> callers.asMember(() -> budgets.saveLine(
                new BudgetLine(draft, LineCategory.GRANT, "Bidrag", BigDecimal.TEN))));
    }
}
