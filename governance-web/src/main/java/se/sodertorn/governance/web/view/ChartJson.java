package se.sodertorn.governance.web.view;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** Chart.js bar chart configurations (JSON) for PrimeFaces' {@code p:chart}. */
public final class ChartJson {

    private ChartJson() {
    }

    /** One series of bars: its legend label, colour and one value per category. */
    public record Series(String label, String colour, List<? extends Number> values) {
    }

    /**
     * A bar chart of the series over the categories, stacked or side by side; a chart of counts has whole-number
     * ticks on its value axis (never 1.5 activities). Numbers on axes and in tooltips are written as the language
     * writes them ("900 000" in Swedish, "900,000" in English), whatever the browser's own language.
     */
    public static String bar(List<String> categories, List<Series> series, boolean stacked, boolean counts,
            Locale locale) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        categories.forEach(labels::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series one : series) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            one.values().forEach(value -> data.add(value instanceof BigDecimal decimal ? decimal
                    : BigDecimal.valueOf(value.longValue())));
            datasets.add(Json.createObjectBuilder().add("label", one.label()).add("backgroundColor", one.colour())
                    .add("data", data));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("locale", locale.toLanguageTag())
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", stacked))
                                .add("y", valueAxis(stacked, counts))))
                .build().toString();
    }

    private static JsonObjectBuilder valueAxis(boolean stacked, boolean counts) {
        JsonObjectBuilder axis = Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true);
        if (counts) {
            axis.add("ticks", Json.createObjectBuilder().add("precision", 0).add("stepSize", 1));
        }
        return axis;
    }
}
