package se.sodertorn.governance.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChartJsonTest {

    private static final List<String> AREAS = List.of("Kompetensförsörjning", "Klimat");
    private static final List<ChartJson.Series> SERIES = List.of(
            new ChartJson.Series("Budget", "#1d4ed8", List.of(new BigDecimal("900000"), new BigDecimal("50000"))),
            new ChartJson.Series("Utfall", "#047857", List.of(new BigDecimal("120000"), BigDecimal.ZERO)),
            new ChartJson.Series("Prognos", "#b45309", List.of(new BigDecimal("880000"), new BigDecimal("45000"))),
            new ChartJson.Series("Inställd", "#111827", List.of(1L, 2L)));

    @Test
    void neighbouringSeriesDifferByFillAndLegendMarkerNotOnlyByColour() {
        JsonArray datasets = chart().getJsonObject("data").getJsonArray("datasets");
        for (int index = 1; index < datasets.size(); index++) {
            JsonObject before = datasets.getJsonObject(index - 1);
            JsonObject series = datasets.getJsonObject(index);
            assertNotEquals(look(before), look(series), "series " + index + " looks like the one before it but for hue");
            assertNotEquals(before.getString("pointStyle"), series.getString("pointStyle"));
        }
        assertEquals("#ffffff", datasets.getJsonObject(1).getString("backgroundColor"), "the second series is outlined");
        assertEquals(3, datasets.getJsonObject(1).getInt("borderWidth"));
        assertEquals(true, chart().getJsonObject("options").getJsonObject("plugins").getJsonObject("legend")
                .getJsonObject("labels").getBoolean("usePointStyle"));
    }

    @Test
    void theFiguresHoldEveryValueOfTheChartByCategoryAndSeries() {
        ChartJson.Figures figures = ChartJson.figures(AREAS, SERIES);
        assertEquals(List.of("Budget", "Utfall", "Prognos", "Inställd"), figures.series());
        assertEquals(2, figures.rows().size());
        assertEquals("Kompetensförsörjning", figures.rows().get(0).category());
        assertEquals(List.of(new BigDecimal("900000"), new BigDecimal("120000"), new BigDecimal("880000"), 1L),
                figures.rows().get(0).values());
        assertEquals(List.of(new BigDecimal("50000"), BigDecimal.ZERO, new BigDecimal("45000"), 2L),
                figures.rows().get(1).values());
    }

    private static JsonObject chart() {
        return Json.createReader(new StringReader(ChartJson.bar(AREAS, SERIES, false, false, Locale.forLanguageTag("sv"))))
                .readObject();
    }

    /** How a series looks without its hue: filled, outlined or pale, and its border. */
    private static String look(JsonObject series) {
        String fill = series.getString("backgroundColor");
        String kind = fill.equals("#ffffff") ? "outlined" : fill.length() > 7 ? "pale" : "filled";
        return kind + "/" + series.getInt("borderWidth");
    }
}
