package se.sodertorn.governance.reports.budget;

import java.util.List;
import java.util.Objects;

/**
 * One revision of a year's budget as the budget sheets show it. All texts are worded by the caller, in Swedish.
 *
 * @param year             the budget year
 * @param revision         the revision ("version"), from 1
 * @param status           the status as shown, e.g. "Beslutad 2023-01-12"
 * @param rows             the income and expense lines, in the order to show (income and expenses are shown in
 *                         separate blocks, each in this order)
 * @param contributions    what each member municipality contributes, in the order to show
 * @param contributionRule how the contributions are split, as shown, e.g. "Efter folkmängd 2022-12-31"
 */
public record BudgetReport(int year, int revision, String status, List<BudgetRow> rows,
                           List<ContributionRow> contributions, String contributionRule) {

    public BudgetReport {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(contributionRule, "contributionRule");
        rows = List.copyOf(rows);
        contributions = List.copyOf(contributions);
    }
}
