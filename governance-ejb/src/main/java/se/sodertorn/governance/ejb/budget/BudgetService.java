package se.sodertorn.governance.ejb.budget;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import se.sodertorn.governance.domain.budget.Budget;
import se.sodertorn.governance.domain.budget.BudgetLine;
import se.sodertorn.governance.domain.budget.BudgetStatus;
import se.sodertorn.governance.domain.budget.ContributionRule;
import se.sodertorn.governance.domain.budget.OutcomeEntry;
import se.sodertorn.governance.domain.shared.PageRequest;

/**
 * The yearly budget: drafted with lines, decided (then fixed; a change is a new revision), followed up with
 * booked outcome and forecasts, and split among the municipalities by the year's contribution rule.
 */
public interface BudgetService {

    /**
     * The year's budget that counts, with outcome and contributions; contributions are empty until every
     * municipality has a population on or before the budget's population year.
     */
    BudgetOverview overview(int year);

    /** The status of the budget that counts in each of the years (at most a page of them) that has a budget. */
    Map<Integer, BudgetStatus> statuses(@NotNull @Size(max = PageRequest.MAX_SIZE) Collection<Integer> years);

    /** One revision of a budget, with outcome and contributions. */
    BudgetOverview overviewOf(long budgetId);

    /** The file name of the year's budget workbook, e.g. {@code budget-2023.xlsx}; checks that there is one. */
    String workbookName(int year);

    /** Writes the year's budget as a workbook: the budget sheet with formulas, and the contributions. */
    void writeWorkbook(int year, OutputStream out) throws IOException;

    /** Every revision of the year, newest first (none before the budget is started); a year needs a plan. */
    List<Budget> revisions(int year);

    /** Starts the year's budget as a draft beside the year's activity plan. */
    Budget create(int year);

    /** Adds or saves a line of a draft budget. */
    BudgetLine saveLine(@NotNull @Valid BudgetLine line);

    /** Removes a line of a draft budget; a line with booked outcome cannot be removed. */
    void removeLine(long lineId, int expectedVersion);

    /** Books outcome against a line (also of a decided budget). */
    OutcomeEntry recordOutcome(long lineId, @NotNull LocalDate bookedOn, @NotNull BigDecimal amount, String note);

    /** Sets the line's forecast for the year (also of a decided budget). */
    BudgetLine forecast(long lineId, BigDecimal forecast, int expectedVersion);

    /** Chooses the contribution rule of a draft budget. */
    Budget splitBy(long budgetId, @NotNull ContributionRule rule, BigDecimal fixedPercent, int expectedVersion);

    /** Records SSK's decision; an earlier decided revision is superseded. */
    Budget decide(long budgetId, @NotNull LocalDate decidedOn, String reference, int expectedVersion);

    /** A new draft revision of a decided budget with the same lines; the decided figures stay as they are. */
    Budget revise(long budgetId);
}
