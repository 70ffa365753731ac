package se.sodertorn.governance.reports.followup;

import javax.xml.namespace.QName;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTOverlap;

import se.sodertorn.governance.reports.workbook.ReportTexts;

/**
 * A native stacked column chart of the activities by status per focus area, over the summary table's cells; its
 * axis counts whole activities.
 */
final class StatusChart {

    private static final int WIDTH_COLUMNS = 11;
    private static final int HEIGHT_ROWS = 22;
    private static final String FULL_OVERLAP = "100";
    /** Up to this many activities in a column Excel would step its axis in halves; one by one reads better. */
    private static final int SMALL_COUNTS = 10;

    private StatusChart() {
    }

    /**
     * @param sheet      the summary sheet
     * @param headingRow the table's heading row (series names), 0-based
     * @param lastRow    the table's last focus-area row, 0-based
     * @param anchorRow  where the chart's top edge goes
     * @param highest    the most activities of one focus area, the highest column
     */
    static void draw(XSSFSheet sheet, int headingRow, int lastRow, int anchorRow, int highest) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(
                drawing.createAnchor(0, 0, 0, 0, 0, anchorRow, WIDTH_COLUMNS, anchorRow + HEIGHT_ROWS));
        chart.setTitleText(ReportTexts.get("summary.chart"));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

        XDDFCategoryAxis focusAreas = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis activities = chart.createValueAxis(AxisPosition.LEFT);
        activities.setCrosses(AxisCrosses.AUTO_ZERO);
        activities.setCrossBetween(AxisCrossBetween.BETWEEN);
        activities.setMinimum(0);
        if (highest <= SMALL_COUNTS) {
            activities.setMajorUnit(1);
        }

        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, focusAreas, activities);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.STACKED);
        data.setVaryColors(false);
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(headingRow + 1, lastRow, 0, 0));
        for (ActivityStatus status : ActivityStatus.values()) {
            int column = SummarySheet.FIRST_STATUS_COLUMN + status.ordinal();
            XDDFChartData.Series series = data.addSeries(categories, XDDFDataSourcesFactory.fromNumericCellRange(
                    sheet, new CellRangeAddress(headingRow + 1, lastRow, column, column)));
            series.setTitle(status.label(), new CellReference(sheet.getSheetName(), headingRow, column, true, true));
            series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(StatusPalette.of(status).bar())));
        }
        chart.plot(data);
        overlapFully(chart);
    }

    /**
     * Stacked bars need an overlap of 100 %. {@code XDDFBarChartData.setOverlap} fails with poi-ooxml-lite (it
     * lacks the compiled schema type of the value), so the attribute is set as text.
     */
    private static void overlapFully(XSSFChart chart) {
        CTBarChart bars = chart.getCTChart().getPlotArea().getBarChartArray(0);
        CTOverlap overlap = bars.isSetOverlap() ? bars.getOverlap() : bars.addNewOverlap();
        try (XmlCursor cursor = overlap.newCursor()) {
            cursor.setAttributeText(new QName("val"), FULL_OVERLAP);
        }
    }
}
