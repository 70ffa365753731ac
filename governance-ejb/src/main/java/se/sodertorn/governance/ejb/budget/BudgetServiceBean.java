package se.sodertorn.governance.ejb.budget;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.sodertorn.governance.domain.budget.Budget;
import se.sodertorn.governance.domain.budget.BudgetLine;
import se.sodertorn.governance.domain.budget.BudgetRepository;
import se.sodertorn.governance.domain.budget.BudgetStatus;
import se.sodertorn.governance.domain.budget.ContributionRule;
import se.sodertorn.governance.domain.budget.ContributionSplit;
import se.sodertorn.governance.domain.budget.LineCategory;
import se.sodertorn.governance.domain.budget.MunicipalityPopulation;
import se.sodertorn.governance.domain.budget.OutcomeEntry;
import se.sodertorn.governance.domain.organisation.MunicipalityRepository;
import se.sodertorn.governance.domain.plan.ActivityPlan;
import se.sodertorn.governance.domain.plan.ActivityPlanRepository;
import se.sodertorn.governance.domain.security.Roles;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.NotFoundException;
import se.sodertorn.governance.domain.shared.Text;
import se.sodertorn.governance.reports.budget.BudgetWorkbookWriter;

/** Default {@link BudgetService}. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.DIRECTOR, Roles.MEMBER})
public class BudgetServiceBean implements BudgetService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    private BudgetRepository budgets;
    @Inject
    private ActivityPlanRepository plans;
    @Inject
    private MunicipalityRepository municipalities;

    @Override
    public BudgetOverview overview(int year) {
        return overviewOf(budgets.current(year).orElseThrow(() -> new GovernanceException("budget.noneForYear", year)));
    }

    @Override
    public Map<Integer, BudgetStatus> statuses(Collection<Integer> years) {
        return budgets.currentStatuses(years);
    }

    @Override
    public BudgetOverview overviewOf(long budgetId) {
        return overviewOf(budgets.find(budgetId).orElseThrow(() -> new NotFoundException("budget", budgetId)));
    }

    private BudgetOverview overviewOf(Budget budget) {
        Map<String, BigDecimal> outcome = budgets.outcomeByLineKey(budget.getBudgetYear());
        List<BudgetOverview.Line> lines = budgets.lines(budget.getId()).stream()
                .map(line -> new BudgetOverview.Line(line, outcome.getOrDefault(line.getLineKey(), BigDecimal.ZERO)))
                .toList();
        return new BudgetOverview(budget, lines, contributions(budget, lines));
    }

    private List<BudgetOverview.Contribution> contributions(Budget budget, List<BudgetOverview.Line> lines) {
        long total = lines.stream().filter(l -> l.line().getCategory() == LineCategory.MEMBER_CONTRIBUTIONS)
                .map(l -> l.line().getAmount()).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
        List<MunicipalityPopulation> populations = budgets.populations(budget.getPopulationYear());
        if (populations.isEmpty() || populations.size() < municipalities.listByName().size()) {
            return List.of();
        }
        Map<MunicipalityPopulation, Long> weights = new LinkedHashMap<>();
        populations.forEach(p -> weights.put(p, p.getPopulation()));
        Map<MunicipalityPopulation, Long> shares = ContributionSplit.split(total, budget.getContributionRule(),
                budget.getFixedPercent(), weights);
        return shares.entrySet().stream().map(share -> new BudgetOverview.Contribution(
                share.getKey().getMunicipality().getName(), share.getKey().getMunicipality().getCode(),
                share.getKey().getPopulation(), share.getKey().getReferenceDate(), percent(share.getValue(), total),
                share.getValue())).toList();
    }

    private static BigDecimal percent(long part, long total) {
        return total == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
    }

    @Override
    public String workbookName(int year) {
        overview(year);
        return "budget-" + year + ".xlsx";
    }

    @Override
    public void writeWorkbook(int year, OutputStream out) throws IOException {
        new BudgetWorkbookWriter().write(BudgetReports.of(overview(year)), out);
    }

    @Override
    public List<Budget> revisions(int year) {
        List<Budget> revisions = budgets.revisions(year);
        if (revisions.isEmpty()) {
            plans.ofYear(year);
        }
        return revisions;
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public Budget create(int year) {
        if (!budgets.revisions(year).isEmpty()) {
            throw new GovernanceException("budget.yearTaken", year);
        }
        ActivityPlan plan = plans.ofYear(year);
        return budgets.save(new Budget(plan));
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public BudgetLine saveLine(BudgetLine line) {
        Budget budget = budgets.find(line.getBudget().getId())
                .orElseThrow(() -> new NotFoundException("budget", line.getBudget().getId()));
        budget.checkDraft();
        if (!line.isNew()) {
            BudgetLine stored = line(line.getId());
            if (!stored.getBudget().getId().equals(budget.getId())) {
                throw new NotFoundException("budgetLine", line.getId());
            }
        }
        return budgets.save(line);
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public void removeLine(long lineId, int expectedVersion) {
        BudgetLine line = currentLine(lineId, expectedVersion);
        line.getBudget().checkDraft();
        if (budgets.hasOutcome(line)) {
            throw new GovernanceException("budget.line.hasOutcome", line.getDescription());
        }
        budgets.remove(line);
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public OutcomeEntry recordOutcome(long lineId, LocalDate bookedOn, BigDecimal amount, String note) {
        BudgetLine line = line(lineId);
        if (line.getBudget().getStatus() == BudgetStatus.SUPERSEDED) {
            throw new GovernanceException("budget.superseded", line.getBudget().getRevision());
        }
        return budgets.save(new OutcomeEntry(line, bookedOn, amount, Text.strippedOrNull(note)));
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public BudgetLine forecast(long lineId, BigDecimal forecast, int expectedVersion) {
        BudgetLine line = currentLine(lineId, expectedVersion);
        if (forecast != null && forecast.signum() < 0) {
            throw new GovernanceException("budget.forecast.negative");
        }
        line.setForecast(forecast);
        return budgets.save(line);
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public Budget splitBy(long budgetId, ContributionRule rule, BigDecimal fixedPercent, int expectedVersion) {
        Budget budget = currentBudget(budgetId, expectedVersion);
        budget.splitBy(rule, fixedPercent);
        return budgets.save(budget);
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public Budget decide(long budgetId, LocalDate decidedOn, String reference, int expectedVersion) {
        Budget budget = currentBudget(budgetId, expectedVersion);
        budget.decide(decidedOn, reference);
        budgets.revisions(budget.getBudgetYear()).stream()
                .filter(other -> !other.getId().equals(budget.getId()) && other.getStatus() == BudgetStatus.DECIDED)
                .forEach(other -> {
                    other.supersede();
                    budgets.save(other);
                });
        return budgets.save(budget);
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public Budget revise(long budgetId) {
        Budget decided = budgets.find(budgetId).orElseThrow(() -> new NotFoundException("budget", budgetId));
        if (budgets.revisions(decided.getBudgetYear()).stream().anyMatch(b -> b.getStatus() == BudgetStatus.DRAFT)) {
            throw new GovernanceException("budget.draftExists", decided.getBudgetYear());
        }
        Budget next = budgets.save(decided.revise());
        budgets.lines(budgetId).forEach(line -> budgets.save(line.copyTo(next)));
        return next;
    }

    private BudgetLine line(long lineId) {
        return budgets.findLine(lineId).orElseThrow(() -> new NotFoundException("budgetLine", lineId));
    }

    private BudgetLine currentLine(long lineId, int expectedVersion) {
        BudgetLine line = line(lineId);
        line.checkVersion(expectedVersion);
        return line;
    }

    private Budget currentBudget(long budgetId, int expectedVersion) {
        Budget budget = budgets.find(budgetId).orElseThrow(() -> new NotFoundException("budget", budgetId));
        budget.checkVersion(expectedVersion);
        return budget;
    }
}
