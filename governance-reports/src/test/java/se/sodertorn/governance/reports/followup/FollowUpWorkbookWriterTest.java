package se.sodertorn.governance.reports.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sodertorn.governance.reports.workbook.WorkbookAssertions.assertGuarded;
import static se.sodertorn.governance.reports.workbook.WorkbookAssertions.assertPrintReadyWithFrozenHeading;
import static se.sodertorn.governance.reports.workbook.WorkbookAssertions.sheetNames;
import static se.sodertorn.governance.reports.workbook.WorkbookAssertions.texts;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.sodertorn.governance.reports.workbook.WorkbookStyles;

class FollowUpWorkbookWriterTest {

    private static final int TABLE_HEADING_ROW = 9;

    private byte[] xlsx;
    private XSSFWorkbook workbook;

    @BeforeEach
    void write() {
        xlsx = FollowUpSamples.workbook(FollowUpSamples.EARLIER_ROUND);
        workbook = FollowUpSamples.open(xlsx);
    }

    @AfterEach
    void close() throws IOException {
        workbook.close();
    }

    @Test
    void summaryFirstThenOneSafelyNamedSheetPerFocusArea() {
        List<String> names = sheetNames(workbook);
        assertEquals(List.of("Sammanfattning", "Näringsliv och arbete", "Klimat miljö",
                FollowUpSamples.LONG_AREA.substring(0, 31).strip()), names);
    }

    @Test
    void headingRowNamesTheColumnsWithTheEarlierRound() {
        assertEquals(List.of("Id", "Aktivitet", "Ansvarig", "Period", "Status", "Framsteg (%)", "Kommentar",
                "Budget (kr)", "Utfall (kr)", "Status vid Delår 1"), texts(workbook.getSheetAt(1).getRow(0)));
    }

    @Test
    void earlierStatusColumnOnlyWithAnEarlierRound() throws IOException {
        try (XSSFWorkbook withoutEarlier = FollowUpSamples.open(FollowUpSamples.workbook(null))) {
            Row heading = withoutEarlier.getSheetAt(1).getRow(0);
            assertEquals(9, heading.getLastCellNum());
            assertEquals("Utfall (kr)", heading.getCell(8).getStringCellValue());
        }
        assertEquals("Pågående", workbook.getSheetAt(1).getRow(1).getCell(9).getStringCellValue());
    }

    @Test
    void dataRowHoldsTheActivity() {
        Row row = workbook.getSheetAt(1).getRow(2);
        assertEquals(102, row.getCell(0).getNumericCellValue());
        assertEquals("Gemensam etableringsstrategi", row.getCell(1).getStringCellValue());
        assertEquals("Anna Andersson", row.getCell(2).getStringCellValue());
        assertEquals("Q1–Q4", row.getCell(3).getStringCellValue());
        assertEquals("Pågående", row.getCell(4).getStringCellValue());
        assertEquals(40, row.getCell(5).getNumericCellValue());
        assertEquals(80000.5, row.getCell(7).getNumericCellValue());
        assertEquals(WorkbookStyles.SEK_FORMAT, row.getCell(7).getCellStyle().getDataFormatString());
        assertEquals(40000.25, row.getCell(8).getNumericCellValue());
        assertEquals("Planerad", row.getCell(9).getStringCellValue());
        assertTrue(row.getCell(6).getCellStyle().getWrapText());
        assertEquals(workbook.getSheetAt(1).getDefaultRowHeightInPoints(), row.getHeightInPoints());
        assertEquals(10 * 15f, workbook.getSheetAt(2).getRow(1).getHeightInPoints(),
                "450 characters in 50, wrapped at spaces");
        Row withoutAmounts = workbook.getSheetAt(1).getRow(3);
        assertEquals(CellType.BLANK, withoutAmounts.getCell(7).getCellType());
    }

    @Test
    void summaryTableEqualsTheInput() {
        Sheet summary = workbook.getSheetAt(0);
        assertEquals("Handlingsplan Södertörn 2026 & framåt", summary.getRow(2).getCell(1).getStringCellValue());
        assertEquals(2026, summary.getRow(3).getCell(1).getNumericCellValue());
        assertEquals("Delår 2", summary.getRow(4).getCell(1).getStringCellValue());
        assertEquals("yyyy-mm-dd", summary.getRow(5).getCell(1).getCellStyle().getDataFormatString());
        assertEquals("2026-08-31", summary.getRow(5).getCell(1).getLocalDateTimeCellValue().toLocalDate().toString());
        List<FocusAreaSummary> expected = FollowUpSamples.header(null).summaries();
        int[] totals = new int[ActivityStatus.values().length];
        for (int i = 0; i < expected.size(); i++) {
            Row row = summary.getRow(TABLE_HEADING_ROW + 1 + i);
            FocusAreaSummary area = expected.get(i);
            assertEquals(area.focusArea(), row.getCell(0).getStringCellValue());
            for (ActivityStatus status : ActivityStatus.values()) {
                assertEquals(area.count(status), row.getCell(1 + status.ordinal()).getNumericCellValue());
                totals[status.ordinal()] += area.count(status);
            }
            assertEquals(area.total(), row.getCell(7).getNumericCellValue());
            assertEquals(area.shareDone(), row.getCell(8).getNumericCellValue(), 1e-9);
            assertEquals(area.budget().doubleValue(), row.getCell(9).getNumericCellValue());
        }
        Row total = summary.getRow(TABLE_HEADING_ROW + 1 + expected.size());
        assertEquals("Totalt", total.getCell(0).getStringCellValue());
        for (ActivityStatus status : ActivityStatus.values()) {
            assertEquals(totals[status.ordinal()], total.getCell(1 + status.ordinal()).getNumericCellValue());
        }
        assertEquals(FollowUpSamples.rows().size(), total.getCell(7).getNumericCellValue());
        assertEquals(2.0 / 7, total.getCell(8).getNumericCellValue(), 1e-9);
        assertEquals("0%", total.getCell(8).getCellStyle().getDataFormatString());
        assertEquals(261000.5, total.getCell(9).getNumericCellValue());
    }

    @Test
    void summaryHasABarChartWithASeriesPerStatus() {
        XSSFSheet summary = workbook.getSheetAt(0);
        assertNotNull(summary.getDrawingPatriarch());
        List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
        assertEquals(1, charts.size());
        assertEquals(ActivityStatus.values().length, charts.get(0).getChartSeries().get(0).getSeriesCount());
        XDDFValueAxis counts = charts.get(0).getAxes().stream().filter(XDDFValueAxis.class::isInstance)
                .map(XDDFValueAxis.class::cast).findFirst().orElseThrow();
        assertEquals(1.0, counts.getMajorUnit(), "a few activities are counted one by one, never in halves");
        assertEquals(0.0, counts.getMinimum());
    }

    @Test
    void everyFocusAreaSheetIsPrintReadyFrozenAndFiltered() {
        for (int i = 1; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            assertPrintReadyWithFrozenHeading(sheet, 0);
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter());
            assertEquals(50 * 256, sheet.getColumnWidth(DetailColumn.COMMENT.ordinal()));
        }
        assertEquals("A1:J4", workbook.getSheetAt(1).getCTWorksheet().getAutoFilter().getRef());
    }

    @Test
    void statusColumnsAreColouredByConditionalFormatting() {
        for (int i = 1; i < workbook.getNumberOfSheets(); i++) {
            var formatting = workbook.getSheetAt(i).getSheetConditionalFormatting();
            assertEquals(10, formatting.getNumConditionalFormattings(), "activities' and totals' status cells");
            var done = formatting.getConditionalFormattingAt(1);
            assertEquals("\"Genomförd\"", done.getRule(0).getFormula1());
            assertEquals("E2:E" + lastActivityRow(workbook.getSheetAt(i)),
                    done.getFormattingRanges()[0].formatAsString());
            assertNotNull(done.getRule(0).getPatternFormatting().getFillBackgroundColorColor());
        }
    }

    @Test
    void formulaLikeTextStaysQuotedText() {
        assertGuarded(workbook.getSheetAt(1).getRow(1).getCell(6), "=SUM(1,2)");
        assertGuarded(workbook.getSheetAt(1).getRow(1).getCell(2), "+46 8 123");
        assertGuarded(workbook.getSheetAt(1).getRow(2).getCell(6), "-1");
        assertGuarded(workbook.getSheetAt(2).getRow(1).getCell(1), "@x");
        assertGuarded(workbook.getSheetAt(2).getRow(2).getCell(6), "\tindragen");
        assertFalse(workbook.getSheetAt(1).getRow(2).getCell(1).getCellStyle().getQuotePrefixed());
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                if (sheet.getSheetName().equals("Sammanfattning") || row.getRowNum() >= lastActivityRow(sheet)) {
                    continue;
                }
                for (Cell cell : row) {
                    assertFalse(cell.getCellType() == CellType.FORMULA, cell.getAddress().formatAsString());
                }
            }
        }
    }

    /** @return the 1-based number of a focus-area sheet's last activity row, the one above "Summa" */
    static int lastActivityRow(Sheet sheet) {
        for (Row row : sheet) {
            Cell id = row.getCell(DetailColumn.ID.ordinal());
            if (id != null && id.getCellType() == CellType.STRING && id.getStringCellValue().equals("Summa")) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no totals row on " + sheet.getSheetName());
    }

    @Test
    void detailRowsUseInlineStringsNotTheSharedStringsTable() throws IOException {
        String sharedStrings = part("xl/sharedStrings.xml");
        assertFalse(sharedStrings.contains("Gemensam etableringsstrategi"));
        assertTrue(part("xl/worksheets/sheet2.xml").contains("t=\"inlineStr\""));
    }

    @Test
    void specialCharactersAreEscapedAsPoiDoes() throws IOException {
        String text = "a<b>&\"c\"\nrad två\r\tflik\u00A0nbsp \u0001ctl \uFFFE 😀 Åäö";
        ActivityRow row = new ActivityRow(1, "Område", text, null, null, ActivityStatus.DONE, 0, text, null, null,
                null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FollowUpWorkbookWriter().write(FollowUpSamples.header(null), List.of(row).iterator(), out);
        try (XSSFWorkbook written = FollowUpSamples.open(out.toByteArray())) {
            Row data = written.getSheetAt(1).getRow(1);
            String expected = "a<b>&\"c\"\nrad två\r\tflik\u00A0nbsp ?ctl ? 😀 Åäö";
            assertEquals(expected, data.getCell(1).getStringCellValue());
            assertEquals(expected, data.getCell(6).getStringCellValue());
            assertEquals(CellType.BLANK, data.getCell(2).getCellType());
        }
    }

    @Test
    void planIdIsACustomDocumentProperty() {
        var custom = workbook.getProperties().getCustomProperties();
        assertEquals("4711", custom.getProperty(PlanMarker.PLAN_ID).getLpwstr());
        assertEquals("2026-09-01T13:45+02:00", custom.getProperty(PlanMarker.GENERATED_AT).getLpwstr());
    }

    @Test
    void currentStateIsCalledNulage() throws IOException {
        FollowUpHeader now = new FollowUpHeader(1, "Plan", 2026, null, null, null,
                Instant.parse("2026-01-15T08:00:00Z"), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FollowUpWorkbookWriter().write(now, List.<ActivityRow>of().iterator(), out);
        try (XSSFWorkbook empty = FollowUpSamples.open(out.toByteArray())) {
            assertEquals(1, empty.getNumberOfSheets());
            assertEquals("Nuläge", empty.getSheetAt(0).getRow(4).getCell(1).getStringCellValue());
            assertEquals(CellType.BLANK, empty.getSheetAt(0).getRow(5).getCell(1).getCellType());
        }
    }

    private String part(String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }
}
