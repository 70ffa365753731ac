package se.sodertorn.governance.web.view.budgets;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Faces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import se.sodertorn.governance.domain.budget.Budget;
import se.sodertorn.governance.domain.budget.BudgetStatus;
import se.sodertorn.governance.domain.budget.ContributionRule;
import se.sodertorn.governance.domain.budget.LineCategory;
import se.sodertorn.governance.domain.shared.NotFoundException;
import se.sodertorn.governance.ejb.budget.BudgetOverview;
import se.sodertorn.governance.ejb.budget.BudgetService;
import se.sodertorn.governance.web.api.PlanResource;
import se.sodertorn.governance.web.view.ChartJson;
import se.sodertorn.governance.web.view.Feedback;

/**
 * {@code /budgets/budget.xhtml?year=…[&revision=…]}: the year's budget — the decided revision unless another is
 * asked for — with its lines, outcome, forecast, contributions, and the secretariat's actions on it.
 */
@Named
@ViewScoped
public class BudgetView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private BudgetService budgets;

    private Integer year;
    private Integer revision;
    private List<Budget> revisions;
    private BudgetOverview overview;
    private ContributionRule rule;
    private BigDecimal fixedPercent;
    private LocalDate decidedOn = LocalDate.now();
    private String reference;

    /** Loads the revision named by the view parameters; an unknown year or revision is not found. */
    public void load() {
        revisions = budgets.revisions(year);
        if (revisions.isEmpty()) {
            overview = null;
            return;
        }
        overview = revision == null ? budgets.overview(year) : budgets.overviewOf(revisions.stream()
                .filter(b -> b.getRevision() == revision).findFirst()
                .orElseThrow(() -> new NotFoundException("budget", revision)).getId());
        rule = overview.budget().getContributionRule();
        fixedPercent = overview.budget().getFixedPercent();
    }

    public void create() {
        Feedback.saved(String.valueOf(budgets.create(year).getBudgetYear()));
        load();
    }

    public void splitBy() {
        Budget budget = overview.budget();
        budgets.splitBy(budget.getId(), rule, fixedPercent, budget.getVersion());
        Feedback.saved(String.valueOf(year));
        load();
    }

    public void decide() {
        Budget budget = overview.budget();
        budgets.decide(budget.getId(), decidedOn, reference, budget.getVersion());
        Feedback.saved(String.valueOf(year));
        revision = null;
        load();
    }

    /** Starts a new draft revision of the decided budget and shows it. */
    public String revise() {
        Budget next = budgets.revise(overview.budget().getId());
        Faces.getFlash().setKeepMessages(true);
        Feedback.saved(String.valueOf(next.getBudgetYear()));
        return "/budgets/budget?faces-redirect=true&year=" + year + "&revision=" + next.getRevision();
    }

    /** The year's budget workbook, for the download button. */
    public StreamedContent getWorkbook() {
        int budgetYear = year;
        return DefaultStreamedContent.builder()
                .name(budgets.workbookName(budgetYear))
                .contentType(PlanResource.XLSX)
                .writer(out -> {
                    try {
                        budgets.writeWorkbook(budgetYear, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }

    public boolean isDraft() {
        return overview != null && overview.budget().getStatus() == BudgetStatus.DRAFT;
    }

    public boolean isFollowedUp() {
        return overview != null && overview.budget().getStatus() != BudgetStatus.SUPERSEDED;
    }

    public List<BudgetOverview.Line> lines(boolean income) {
        return overview.lines().stream().filter(line -> line.line().isIncome() == income).toList();
    }

    /** Budget, outcome and forecast of the focus-area lines, as a chart. */
    public String getFocusAreaChart() {
        return BudgetChart.byFocusArea(overview, Faces.getLocale());
    }

    /** The chart's figures (budget, outcome and forecast per focus area) as a table. */
    public ChartJson.Figures getFocusAreaFigures() {
        return BudgetChart.byFocusAreaFigures(overview, Faces.getLocale());
    }

    /** Whether the chart per focus area has anything to show; otherwise the page says so instead. */
    public boolean isFocusAreaChartShown() {
        return BudgetChart.hasData(overview);
    }

    public ContributionRule[] getRules() {
        return ContributionRule.values();
    }

    public LineCategory[] getCategories() {
        return LineCategory.values();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getRevision() {
        return revision;
    }

    public void setRevision(Integer revision) {
        this.revision = revision;
    }

    public List<Budget> getRevisions() {
        return revisions;
    }

    public BudgetOverview getOverview() {
        return overview;
    }

    public ContributionRule getRule() {
        return rule;
    }

    public void setRule(ContributionRule rule) {
        this.rule = rule;
    }

    public BigDecimal getFixedPercent() {
        return fixedPercent;
    }

    public void setFixedPercent(BigDecimal fixedPercent) {
        this.fixedPercent = fixedPercent;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
