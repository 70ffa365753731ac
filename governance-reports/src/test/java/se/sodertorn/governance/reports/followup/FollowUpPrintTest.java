package se.sodertorn.governance.reports.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFPrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import se.sodertorn.governance.reports.workbook.RowHeights;

/**
 * The focus-area sheets as a director prints them: every text readable (wide or wrapping columns, rows as high as
 * their text), heading on every page, landscape one page wide, a print area that holds the totals, totals that
 * add up, and the time of generation in Swedish time whatever the season.
 */
class FollowUpPrintTest {

    private static final String AREA = "Kompetensförsörjning";
    private static final String PERIOD = "2026-02-01 – 2026-05-31";
    private static final Instant SUMMER = Instant.parse("2026-07-01T10:00:00Z");
    private static final Instant WINTER = Instant.parse("2026-01-15T10:00:00Z");

    /** Five activities of one focus area: two ongoing, one done, one cancelled, one planned; budgets and outcomes. */
    private static List<ActivityRow> plan() {
        return List.of(
                row(1, "Ung företagsamhet", ActivityStatus.ONGOING, "120000", "40000.50", null),
                row(2, "Praktikplatser i alla åtta kommuner", ActivityStatus.ONGOING, "80000", null,
                        "Vi har fått in svar från sex av åtta kommuner och väntar på Nykvarn och Salem. ".repeat(8)),
                row(3, "Gemensam rekryteringsmässa", ActivityStatus.DONE, "60000", "59000", "Klar"),
                row(4, "Studiebesök", ActivityStatus.CANCELLED, null, null, null),
                row(5, "Handledarutbildning", ActivityStatus.PLANNED, "15000.25", "0", null));
    }

    private static ActivityRow row(long id, String title, ActivityStatus status, String budget, String outcome,
                                   String comment) {
        return new ActivityRow(id, AREA, title, "Södertörns kompetensförsörjningsnätverk", PERIOD, status,
                status == ActivityStatus.DONE ? 100 : 30, comment, budget == null ? null : new BigDecimal(budget),
                outcome == null ? null : new BigDecimal(outcome), null);
    }

    private static XSSFWorkbook written(Instant generatedAt) throws IOException {
        Map<ActivityStatus, Integer> counts = new EnumMap<>(ActivityStatus.class);
        plan().forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        FollowUpHeader header = new FollowUpHeader(9, "Aktivitetsplan 2026", 2026, "Tertial 1", null, null,
                generatedAt, List.of(new FocusAreaSummary(AREA, counts, BigDecimal.ZERO, BigDecimal.ZERO)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FollowUpWorkbookWriter().write(header, plan().iterator(), out);
        return FollowUpSamples.open(out.toByteArray());
    }

    @Test
    void everyTextFitsItsColumnOrWrapsAndTheRowGrows() throws IOException {
        try (XSSFWorkbook workbook = written(SUMMER)) {
            XSSFSheet sheet = workbook.getSheet(AREA);
            assertTrue(sheet.getColumnWidth(DetailColumn.PERIOD.ordinal()) >= PERIOD.length() * 256,
                    "a period of two dates fits on one line");
            for (DetailColumn column : List.of(DetailColumn.TITLE, DetailColumn.RESPONSIBLE, DetailColumn.PERIOD,
                    DetailColumn.COMMENT)) {
                for (int r = 1; r <= plan().size(); r++) {
                    assertTrue(sheet.getRow(r).getCell(column.ordinal()).getCellStyle().getWrapText(),
                            column + " wraps in row " + (r + 1));
                }
            }
            assertTrue(sheet.getRow(0).getCell(DetailColumn.PROGRESS.ordinal()).getCellStyle().getWrapText(),
                    "headings wrap");
            Row longComment = sheet.getRow(2);
            int lines = RowHeights.lines(plan().get(1).comment(), DetailColumn.COMMENT.characters());
            assertTrue(lines > 5);
            assertEquals(lines * 15f, longComment.getHeightInPoints(), 0.01, "the row shows every line");
            assertEquals(3 * 15f, sheet.getRow(1).getHeightInPoints(), 0.01,
                    "the responsible network's long name wraps at its space and breaks its long word: three lines");
        }
    }

    @Test
    void printsLandscapeOnePageWideWithTheHeadingOnEveryPageAndAPrintArea() throws IOException {
        try (XSSFWorkbook workbook = written(SUMMER)) {
            XSSFSheet sheet = workbook.getSheet(AREA);
            XSSFPrintSetup setup = sheet.getPrintSetup();
            assertTrue(setup.getLandscape());
            assertEquals(XSSFPrintSetup.A4_PAPERSIZE, setup.getPaperSize());
            assertEquals(1, setup.getFitWidth());
            assertEquals(0, setup.getFitHeight());
            assertTrue(sheet.getFitToPage());
            assertEquals("1:1", sheet.getRepeatingRows().formatAsString());
            int lastTotalsRow = 1 + plan().size() + 3 + ActivityStatus.values().length + 1;
            assertEquals(AREA + "!$A$1:$I$" + lastTotalsRow,
                    workbook.getPrintArea(workbook.getSheetIndex(sheet)));
            assertEquals("Sida &P av &N", sheet.getFooter().getCenter());
        }
    }

    @Test
    void totalsAddUpTheFocusAreaAsFormulasWithTheirValues() throws IOException {
        try (XSSFWorkbook workbook = written(SUMMER)) {
            XSSFSheet sheet = workbook.getSheet(AREA);
            Row sums = sheet.getRow(plan().size() + 1);
            assertEquals("Summa", sums.getCell(DetailColumn.ID.ordinal()).getStringCellValue());
            Cell budget = sums.getCell(DetailColumn.BUDGET.ordinal());
            Cell outcome = sums.getCell(DetailColumn.OUTCOME.ordinal());
            assertEquals("SUM(H2:H6)", budget.getCellFormula());
            assertEquals(275000.25, budget.getNumericCellValue(), 0.001, "stored value, before any recalculation");
            assertEquals(99000.50, outcome.getNumericCellValue(), 0.001);

            Map<String, Double> perStatus = new java.util.LinkedHashMap<>();
            for (int r = plan().size() + 4; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                perStatus.put(row.getCell(DetailColumn.STATUS.ordinal()).getStringCellValue(),
                        row.getCell(DetailColumn.PROGRESS.ordinal()).getNumericCellValue());
            }
            assertEquals("Antal", sheet.getRow(plan().size() + 3).getCell(DetailColumn.PROGRESS.ordinal())
                    .getStringCellValue());
            assertEquals(Map.of("Planerad", 1.0, "Pågående", 2.0, "Genomförd", 1.0, "Uppskjuten", 0.0,
                    "Ej genomförd", 0.0, "Inställd", 1.0, "Alla aktiviteter", 5.0), perStatus);

            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        assertEquals(cell.getNumericCellValue(), evaluator.evaluate(cell).getNumberValue(), 0.001,
                                "Excel's recalculation agrees with the stored value of " + cell.getAddress());
                    }
                }
            }
        }
    }

    @Test
    void totalsAreNotReadBackAsActivities() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = written(WINTER)) {
            workbook.write(out);
        }
        FollowUpImport read = new FollowUpWorkbookReader().read(new java.io.ByteArrayInputStream(out.toByteArray()));
        assertEquals(List.of(), read.problems());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), read.changes().stream().map(ActivityChange::activityId).toList());
    }

    @Test
    void generationTimeIsSwedishSummerTime() throws IOException {
        assertGeneratedAt(SUMMER, LocalDateTime.of(2026, 7, 1, 12, 0), "2026-07-01T12:00+02:00");
    }

    @Test
    void generationTimeIsSwedishWinterTime() throws IOException {
        assertGeneratedAt(WINTER, LocalDateTime.of(2026, 1, 15, 11, 0), "2026-01-15T11:00+01:00");
    }

    private static void assertGeneratedAt(Instant instant, LocalDateTime swedish, String property)
            throws IOException {
        try (XSSFWorkbook workbook = written(instant)) {
            Cell generated = workbook.getSheetAt(0).getRow(7).getCell(1);
            assertEquals("Skapad", workbook.getSheetAt(0).getRow(7).getCell(0).getStringCellValue());
            assertEquals(swedish, generated.getLocalDateTimeCellValue());
            String printed = swedish.toLocalDate() + " " + swedish.toLocalTime();
            assertEquals("Skapad " + printed, workbook.getSheet(AREA).getFooter().getLeft());
            assertEquals(property, workbook.getProperties().getCustomProperties()
                    .getProperty(PlanMarker.GENERATED_AT).getLpwstr());
            assertFalse(printed.contains("10:00"), "not UTC");
        }
    }
}
