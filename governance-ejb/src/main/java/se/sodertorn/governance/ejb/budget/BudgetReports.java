package se.sodertorn.governance.ejb.budget;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import se.sodertorn.governance.domain.budget.Budget;
import se.sodertorn.governance.reports.budget.BudgetReport;
import se.sodertorn.governance.reports.budget.BudgetRow;
import se.sodertorn.governance.reports.budget.ContributionRow;

/**
 * The budget as the Excel writers take it, worded in Swedish. The forecast column carries what is expected for
 * the year (the forecast, or the budget where none is made), so that deviations agree with the web page.
 */
public final class BudgetReports {

    private static final ResourceBundle TEXTS =
            ResourceBundle.getBundle("se.sodertorn.governance.ejb.budget.BudgetTexts", Locale.ROOT);

    private BudgetReports() {
    }

    public static BudgetReport of(BudgetOverview overview) {
        Budget budget = overview.budget();
        String decided = budget.getDecidedOn() == null ? "" : budget.getDecidedOn().toString();
        return new BudgetReport(budget.getBudgetYear(), budget.getRevision(),
                text("status." + budget.getStatus(), decided).strip(),
                overview.lines().stream().map(BudgetReports::row).toList(),
                overview.contributions().stream().map(c -> new ContributionRow(c.municipality(), c.code(),
                        c.population(), c.referenceDate(), c.sharePercent(), c.kronor())).toList(),
                rule(overview));
    }

    private static BudgetRow row(BudgetOverview.Line line) {
        var l = line.line();
        return new BudgetRow(l.isIncome(), text("category." + l.getCategory()),
                l.getFocusArea() == null ? null : l.getFocusArea().getName(), l.getDescription(), l.getAmount(),
                line.outcome(), line.expected());
    }

    private static String rule(BudgetOverview overview) {
        Budget budget = overview.budget();
        String date = overview.contributions().isEmpty() ? String.valueOf(budget.getPopulationYear())
                : overview.contributions().get(0).referenceDate().toString();
        return text("rule." + budget.getContributionRule(), date,
                budget.getFixedPercent() == null ? "" : budget.getFixedPercent().stripTrailingZeros().toPlainString());
    }

    private static String text(String key, Object... arguments) {
        return new MessageFormat(TEXTS.getString(key), new Locale("sv")).format(arguments);
    }
}
