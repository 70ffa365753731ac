package se.sodertorn.governance.web.view.plans;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import java.util.Map;
import se.sodertorn.governance.domain.plan.ActivityStatus;
import se.sodertorn.governance.ejb.plan.PlanDashboard;
import se.sodertorn.governance.web.i18n.Texts;

/** Chart.js configurations (JSON) for PrimeFaces' {@code p:chart}, in the user's language. */
final class DashboardCharts {

    /** Colours per status with enough contrast against white and each other. */
    private static final Map<ActivityStatus, String> COLOURS = Map.of(
            ActivityStatus.PLANNED, "#6b7280", ActivityStatus.ONGOING, "#1d4ed8", ActivityStatus.DONE, "#047857",
            ActivityStatus.POSTPONED, "#b45309", ActivityStatus.NOT_DONE, "#b91c1c", ActivityStatus.CANCELLED, "#111827");

    private DashboardCharts() {
    }

    static String byStatus(PlanDashboard dashboard, Locale locale) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (ActivityStatus status : ActivityStatus.values()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            dashboard.areas().forEach(area -> data.add(area.count(status)));
            datasets.add(Json.createObjectBuilder().add("label", Texts.format(locale, "activityStatus." + status))
                    .add("backgroundColor", COLOURS.get(status)).add("data", data));
        }
        return chart(dashboard, datasets, true);
    }

    static String budgetAndOutcome(PlanDashboard dashboard, Locale locale) {
        JsonArrayBuilder budget = Json.createArrayBuilder();
        JsonArrayBuilder outcome = Json.createArrayBuilder();
        dashboard.areas().forEach(area -> {
            budget.add(area.budget());
            outcome.add(area.outcome());
        });
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("label", Texts.format(locale, "plan.budget"))
                        .add("backgroundColor", "#1d4ed8").add("data", budget))
                .add(Json.createObjectBuilder().add("label", Texts.format(locale, "plan.outcome"))
                        .add("backgroundColor", "#047857").add("data", outcome));
        return chart(dashboard, datasets, false);
    }

    private static String chart(PlanDashboard dashboard, JsonArrayBuilder datasets, boolean stacked) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        dashboard.areas().forEach(area -> labels.add(area.name()));
        JsonObjectBuilder axis = Json.createObjectBuilder().add("stacked", stacked);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("scales", Json.createObjectBuilder().add("x", axis).add("y", Json.createObjectBuilder()
                                .add("stacked", stacked).add("beginAtZero", true))))
                .build().toString();
    }
}
