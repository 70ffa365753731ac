package se.sodertorn.governance.web.view;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Chart.js bar chart configurations (JSON) for PrimeFaces' {@code p:chart}, and the same figures as a table for
 * those who cannot see the chart.
 */
public final class ChartJson {

    /**
     * How the series look apart from their colour, in turn: a filled bar, an outlined one, a pale one with a border;
     * each with its own marker in the legend. Neighbouring series never look alike even without colour vision.
     */
    private static final List<String> POINT_STYLES = List.of("rect", "circle", "triangle", "rectRot", "star", "crossRot");
    private static final int FILL_STYLES = 3;
    private static final int BORDER_WIDTH = 3;
    /** Made once: {@code Json.create…} looks the JSON provider up with a class-path scan on every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private ChartJson() {
    }

    /** One series of bars: its legend label, colour and one value per category. */
    public record Series(String label, String colour, List<? extends Number> values) {
    }

    /** A chart's figures as a table: the series' labels as columns, one row per category with its values. */
    public record Figures(List<String> series, List<Row> rows) {

        /** One category and its value in each series. */
        public record Row(String category, List<Number> values) {
        }
    }

    /** The figures of a bar chart of the series over the categories, every one of them, for a table beside it. */
    public static Figures figures(List<String> categories, List<Series> series) {
        return new Figures(series.stream().map(Series::label).toList(), IntStream.range(0, categories.size())
                .mapToObj(row -> new Figures.Row(categories.get(row),
                        series.stream().<Number>map(one -> one.values().get(row)).toList()))
                .toList());
    }

    /**
     * A bar chart of the series over the categories, stacked or side by side; a chart of counts has whole-number
     * ticks on its value axis (never 1.5 activities). Numbers on axes and in tooltips are written as the language
     * writes them ("900 000" in Swedish, "900,000" in English), whatever the browser's own language. Series differ
     * by fill (filled, outlined, pale) and legend marker as well as by colour.
     */
    public static String bar(List<String> categories, List<Series> series, boolean stacked, boolean counts,
            Locale locale) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        categories.forEach(labels::add);
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        for (int index = 0; index < series.size(); index++) {
            Series one = series.get(index);
            JsonArrayBuilder data = JSON.createArrayBuilder();
            one.values().forEach(value -> data.add(value instanceof BigDecimal decimal ? decimal
                    : BigDecimal.valueOf(value.longValue())));
            datasets.add(JSON.createObjectBuilder().add("label", one.label())
                    .add("backgroundColor", fill(one.colour(), index)).add("borderColor", one.colour())
                    .add("borderWidth", index % FILL_STYLES == 0 ? 0 : BORDER_WIDTH).add("borderSkipped", false)
                    .add("pointStyle", POINT_STYLES.get(index % POINT_STYLES.size()))
                    .add("data", data));
        }
        return JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", JSON.createObjectBuilder()
                        .add("responsive", true)
                        .add("locale", locale.toLanguageTag())
                        .add("plugins", JSON.createObjectBuilder().add("legend", JSON.createObjectBuilder()
                                .add("labels", JSON.createObjectBuilder().add("usePointStyle", true))))
                        .add("scales", JSON.createObjectBuilder()
                                .add("x", JSON.createObjectBuilder().add("stacked", stacked))
                                .add("y", valueAxis(stacked, counts))))
                .build().toString();
    }

    /** The bar's fill: the colour itself, white (outlined) or the colour at a quarter of its strength (pale). */
    private static String fill(String colour, int index) {
        return switch (index % FILL_STYLES) {
            case 0 -> colour;
            case 1 -> "#ffffff";
            default -> colour + "40";
        };
    }

    private static JsonObjectBuilder valueAxis(boolean stacked, boolean counts) {
        JsonObjectBuilder axis = JSON.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true);
        if (counts) {
            axis.add("ticks", JSON.createObjectBuilder().add("precision", 0).add("stepSize", 1));
        }
        return axis;
    }
}
