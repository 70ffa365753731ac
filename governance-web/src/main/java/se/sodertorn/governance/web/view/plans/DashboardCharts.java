package se.sodertorn.governance.web.view.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.sodertorn.governance.domain.plan.ActivityStatus;
import se.sodertorn.governance.ejb.plan.PlanDashboard;
import se.sodertorn.governance.web.i18n.Texts;
import se.sodertorn.governance.web.view.ChartJson;

/** The plan dashboard's charts and their figures as tables, in the user's language. */
final class DashboardCharts {

    /** Colours per status with enough contrast against white and each other. */
    private static final Map<ActivityStatus, String> COLOURS = Map.of(
            ActivityStatus.PLANNED, "#6b7280", ActivityStatus.ONGOING, "#1d4ed8", ActivityStatus.DONE, "#047857",
            ActivityStatus.POSTPONED, "#b45309", ActivityStatus.NOT_DONE, "#b91c1c", ActivityStatus.CANCELLED, "#111827");

    private DashboardCharts() {
    }

    static String byStatus(PlanDashboard dashboard, Locale locale) {
        return ChartJson.bar(names(dashboard), statusSeries(dashboard, locale), true, true, locale);
    }

    static ChartJson.Figures byStatusFigures(PlanDashboard dashboard, Locale locale) {
        return ChartJson.figures(names(dashboard), statusSeries(dashboard, locale));
    }

    static String budgetAndOutcome(PlanDashboard dashboard, Locale locale) {
        return ChartJson.bar(names(dashboard), moneySeries(dashboard, locale), false, false, locale);
    }

    static ChartJson.Figures budgetAndOutcomeFigures(PlanDashboard dashboard, Locale locale) {
        return ChartJson.figures(names(dashboard), moneySeries(dashboard, locale));
    }

    private static List<ChartJson.Series> statusSeries(PlanDashboard dashboard, Locale locale) {
        List<ChartJson.Series> series = new ArrayList<>();
        for (ActivityStatus status : ActivityStatus.values()) {
            series.add(new ChartJson.Series(Texts.format(locale, "activityStatus." + status), COLOURS.get(status),
                    dashboard.areas().stream().map(area -> area.count(status)).toList()));
        }
        return series;
    }

    private static List<ChartJson.Series> moneySeries(PlanDashboard dashboard, Locale locale) {
        return List.of(
                new ChartJson.Series(Texts.format(locale, "plan.budget"), "#1d4ed8",
                        dashboard.areas().stream().map(PlanDashboard.Area::budget).toList()),
                new ChartJson.Series(Texts.format(locale, "plan.outcome"), "#047857",
                        dashboard.areas().stream().map(PlanDashboard.Area::outcome).toList()));
    }

    private static List<String> names(PlanDashboard dashboard) {
        return dashboard.areas().stream().map(PlanDashboard.Area::name).toList();
    }
}
