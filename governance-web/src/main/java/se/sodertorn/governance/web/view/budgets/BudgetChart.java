package se.sodertorn.governance.web.view.budgets;

import java.util.List;
import java.util.Locale;
import se.sodertorn.governance.domain.budget.LineCategory;
import se.sodertorn.governance.ejb.budget.BudgetOverview;
import se.sodertorn.governance.web.i18n.Texts;
import se.sodertorn.governance.web.view.ChartJson;

/** The budget page's chart: budget, outcome and forecast per focus area, in the user's language; and its figures. */
final class BudgetChart {

    private BudgetChart() {
    }

    static String byFocusArea(BudgetOverview overview, Locale locale) {
        return ChartJson.bar(categories(overview), series(overview, locale), false, false, locale);
    }

    static ChartJson.Figures byFocusAreaFigures(BudgetOverview overview, Locale locale) {
        return ChartJson.figures(categories(overview), series(overview, locale));
    }

    /** Whether the budget has lines per focus area to chart. */
    static boolean hasData(BudgetOverview overview) {
        return !focusAreaLines(overview).isEmpty();
    }

    private static List<String> categories(BudgetOverview overview) {
        return focusAreaLines(overview).stream().map(line -> line.line().getDescription()).toList();
    }

    private static List<ChartJson.Series> series(BudgetOverview overview, Locale locale) {
        List<BudgetOverview.Line> areas = focusAreaLines(overview);
        return List.of(
                new ChartJson.Series(Texts.format(locale, "plan.budget"), "#1d4ed8",
                        areas.stream().map(line -> line.line().getAmount()).toList()),
                new ChartJson.Series(Texts.format(locale, "plan.outcome"), "#047857",
                        areas.stream().map(BudgetOverview.Line::outcome).toList()),
                new ChartJson.Series(Texts.format(locale, "budget.forecast"), "#b45309",
                        areas.stream().map(BudgetOverview.Line::expected).toList()));
    }

    private static List<BudgetOverview.Line> focusAreaLines(BudgetOverview overview) {
        return overview.lines().stream().filter(line -> line.line().getCategory() == LineCategory.FOCUS_AREA).toList();
    }
}
