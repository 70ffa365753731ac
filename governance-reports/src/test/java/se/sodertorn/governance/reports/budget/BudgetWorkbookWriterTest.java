package se.sodertorn.governance.reports.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sodertorn.governance.reports.budget.BudgetSamples.labelled;
import static se.sodertorn.governance.reports.budget.BudgetSamples.sum;
import static se.sodertorn.governance.reports.budget.BudgetSheet.BUDGET;
import static se.sodertorn.governance.reports.budget.BudgetSheet.DEVIATION;
import static se.sodertorn.governance.reports.budget.BudgetSheet.FOCUS_AREA;
import static se.sodertorn.governance.reports.budget.BudgetSheet.FORECAST;
import static se.sodertorn.governance.reports.budget.BudgetSheet.OUTCOME;
import static se.sodertorn.governance.reports.workbook.WorkbookAssertions.assertGuarded;
import static se.sodertorn.governance.reports.workbook.WorkbookAssertions.assertPrintReadyWithFrozenHeading;
import static se.sodertorn.governance.reports.workbook.WorkbookAssertions.texts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.sodertorn.governance.reports.workbook.WorkbookStyles;

class BudgetWorkbookWriterTest {

    private static final double CENT = 1e-6;
    private static final List<BudgetRow> ROWS = BudgetSamples.rows();
    private static final Predicate<BudgetRow> INCOME = BudgetRow::income;
    private static final Predicate<BudgetRow> EXPENSE = INCOME.negate();
    private static final Map<Integer, Function<BudgetRow, BigDecimal>> MONEY = Map.of(BUDGET, BudgetRow::budget,
            OUTCOME, BudgetRow::outcome, FORECAST, BudgetRow::forecast, DEVIATION, BudgetSamples::deviation);

    private XSSFWorkbook workbook;
    private Sheet budget;
    private Sheet contributions;

    @BeforeEach
    void write() throws IOException {
        workbook = new XSSFWorkbook(new ByteArrayInputStream(BudgetSamples.workbook(BudgetSamples.report())));
        budget = workbook.getSheetAt(0);
        contributions = workbook.getSheetAt(1);
    }

    @AfterEach
    void close() throws IOException {
        workbook.close();
    }

    @Test
    void budgetThenContributionsWithTitlesAndHeadings() {
        assertEquals(2, workbook.getNumberOfSheets());
        assertEquals("Budget", budget.getSheetName());
        assertEquals("Medlemsavgifter", contributions.getSheetName());
        assertEquals("Budget 2023, version 2 – Beslutad 2023-01-12", text(budget.getRow(0).getCell(0)));
        assertEquals(List.of("Kategori", "Fokusområde", "Beskrivning", "Budget (kr)", "Utfall (kr)",
                "Prognos (kr)", "Avvikelse (kr)"), texts(budget.getRow(1)));
        assertEquals("Medlemsavgifter 2023, budgetversion 2", text(contributions.getRow(0).getCell(0)));
        assertEquals("Efter folkmängd 2022-12-31", text(labelled(contributions, "Fördelning").getCell(1)));
        assertEquals(List.of("Kommun", "Kommunkod", "Folkmängd", "Per datum", "Andel (%)", "Belopp (kr)"),
                texts(contributions.getRow(2)));
        assertEquals("Budget 2023, version 2 – Beslutad 2023-01-12",
                workbook.getProperties().getCoreProperties().getTitle());
    }

    @Test
    void linesAreWrittenAsGivenWithTheDeviationAsAFormula() {
        Row first = budget.getRow(labelled(budget, "Intäkter").getRowNum() + 1);
        assertEquals("Medlemsavgifter", text(first.getCell(0)));
        assertEquals(5_134_000, first.getCell(BUDGET).getNumericCellValue());
        assertEquals(1_711_333.33, first.getCell(OUTCOME).getNumericCellValue());
        assertEquals(CellType.BLANK, first.getCell(FORECAST).getCellType());
        int r = first.getRowNum() + 1;
        assertEquals("IF(F" + r + "=\"\",E" + r + "-D" + r + ",F" + r + "-D" + r + ")",
                first.getCell(DEVIATION).getCellFormula());
        Row expense = budget.getRow(labelled(budget, "Kostnader").getRowNum() + 1);
        assertEquals("Näringsliv och arbete", text(expense.getCell(FOCUS_AREA)));
        assertEquals(1_234_567.89, expense.getCell(BUDGET).getNumericCellValue());
        assertEquals(WorkbookStyles.SEK_FORMAT, expense.getCell(BUDGET).getCellStyle().getDataFormatString());
        assertEquals(WorkbookStyles.SEK_FORMAT, expense.getCell(DEVIATION).getCellStyle().getDataFormatString());
        assertEquals(2 * 15f, budget.getRow(expense.getRowNum() + 1).getHeightInPoints(), "two-line description");
    }

    @Test
    void cachedValuesAreRightWithoutRecalculation() {
        assertTrue(workbook.getForceFormulaRecalculation());
        assertBlockTotals();
        assertLineDeviations();
    }

    @Test
    void formulasRecalculateToTheSums() {
        XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
        assertBlockTotals();
        assertLineDeviations();
    }

    @Test
    void sumifPerFocusAreaMatchesNamesLiterallyIgnoringCase() {
        XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
        int heading = labelled(budget, "Kostnader per fokusområde").getRowNum();
        List<String> areas = new ArrayList<>();
        for (int r = heading + 1; r <= budget.getLastRowNum(); r++) {
            Row row = budget.getRow(r);
            String area = text(row.getCell(FOCUS_AREA));
            areas.add(area);
            Predicate<BudgetRow> inArea = EXPENSE.and(l -> area.equalsIgnoreCase(l.focusArea()));
            for (int column : new int[] {BUDGET, OUTCOME, DEVIATION}) {
                assertEquals(CellType.FORMULA, row.getCell(column).getCellType());
                assertTrue(row.getCell(column).getCellFormula().startsWith("SUMIF("));
                double expected = sum(ROWS, inArea, MONEY.get(column));
                assertEquals(expected, row.getCell(column).getNumericCellValue(), CENT, area + " " + column);
            }
        }
        assertEquals(List.of("Näringsliv och arbete", "Klimat/miljö", "Skola*", "Skola och fritid", ">5 år"), areas);
        assertEquals(1_234_567.90, budget.getRow(heading + 1).getCell(BUDGET).getNumericCellValue(), CENT);
        assertEquals(700_000, budget.getRow(heading + 3).getCell(BUDGET).getNumericCellValue(), CENT, "not *");
    }

    @Test
    void contributionTotalsAreSumsOfTheRows() {
        List<ContributionRow> rows = BudgetSamples.contributions();
        Row first = contributions.getRow(3);
        assertEquals("0127", text(first.getCell(ContributionSheet.CODE)));
        assertEquals(95_000, first.getCell(ContributionSheet.POPULATION).getNumericCellValue());
        assertEquals(WorkbookStyles.DATE_FORMAT,
                first.getCell(ContributionSheet.POPULATION_DATE).getCellStyle().getDataFormatString());
        assertEquals(BudgetSamples.END_OF_2022,
                first.getCell(ContributionSheet.POPULATION_DATE).getLocalDateTimeCellValue().toLocalDate());
        assertEquals(18.5, first.getCell(ContributionSheet.SHARE).getNumericCellValue());
        Row total = labelled(contributions, "Summa");
        assertEquals(3 + rows.size(), total.getRowNum());
        for (boolean recalculated : new boolean[] {false, true}) {
            if (recalculated) {
                XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            }
            assertEquals("SUM(F3:F" + (3 + rows.size()) + ")", total.getCell(ContributionSheet.AMOUNT).getCellFormula());
            assertEquals(rows.stream().mapToLong(ContributionRow::amount).sum(),
                    total.getCell(ContributionSheet.AMOUNT).getNumericCellValue());
            assertEquals(rows.stream().mapToLong(ContributionRow::population).sum(),
                    total.getCell(ContributionSheet.POPULATION).getNumericCellValue());
            assertEquals(rows.stream().map(ContributionRow::sharePercent).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .doubleValue(), total.getCell(ContributionSheet.SHARE).getNumericCellValue(), CENT);
        }
    }

    @Test
    void userTextThatLooksLikeAFormulaStaysText() {
        Row expense = budget.getRow(labelled(budget, "Kostnader").getRowNum() + 1);
        assertGuarded(expense.getCell(BudgetSheet.DESCRIPTION), BudgetSamples.INJECTION);
        assertGuarded(budget.getRow(expense.getRowNum() + 2).getCell(BudgetSheet.DESCRIPTION),
                "+46 8 123 – samma område, annan stavning");
        assertGuarded(contributions.getRow(5).getCell(ContributionSheet.MUNICIPALITY), "=Haninge");
        assertTrue(!budget.getRow(0).getCell(0).getCellStyle().getQuotePrefixed());
    }

    @Test
    void bothSheetsArePrintReadyWithAFrozenHeading() {
        assertPrintReady((XSSFSheet) budget, 1, 44);
        assertPrintReady((XSSFSheet) contributions, 2, 24);
        assertEquals("Budget 2023, version 2 – Beslutad 2023-01-12", budget.getHeader().getLeft());
    }

    @Test
    void anEmptyBudgetSumsToZero() throws IOException {
        BudgetReport empty = new BudgetReport(2024, 1, "Utkast", List.of(), List.of(), "Lika delar");
        try (XSSFWorkbook written = new XSSFWorkbook(new ByteArrayInputStream(BudgetSamples.workbook(empty)))) {
            XSSFFormulaEvaluator.evaluateAllFormulaCells(written);
            Sheet sheet = written.getSheetAt(0);
            for (String label : new String[] {"Summa intäkter", "Summa kostnader", "Resultat (intäkter − kostnader)"}) {
                for (int column : MONEY.keySet()) {
                    Cell cell = labelled(sheet, label).getCell(column);
                    assertEquals(CellType.NUMERIC, cell.getCachedFormulaResultType(), label);
                    assertEquals(0, cell.getNumericCellValue(), label);
                }
            }
            assertEquals(0, labelled(written.getSheetAt(1), "Summa").getCell(ContributionSheet.AMOUNT)
                    .getNumericCellValue());
        }
    }

    private void assertBlockTotals() {
        Row income = labelled(budget, "Summa intäkter");
        Row expenses = labelled(budget, "Summa kostnader");
        Row result = labelled(budget, "Resultat (intäkter − kostnader)");
        for (int column : MONEY.keySet()) {
            double incomeSum = sum(ROWS, INCOME, MONEY.get(column));
            double expenseSum = sum(ROWS, EXPENSE, MONEY.get(column));
            assertFormula(income.getCell(column), incomeSum);
            assertTrue(income.getCell(column).getCellFormula().startsWith("SUM("));
            assertFormula(expenses.getCell(column), expenseSum);
            assertFormula(result.getCell(column), incomeSum - expenseSum);
        }
        assertEquals(5_134_000.01, income.getCell(BUDGET).getNumericCellValue(), CENT);
    }

    private void assertLineDeviations() {
        int incomeHeading = labelled(budget, "Intäkter").getRowNum();
        int expenseHeading = labelled(budget, "Kostnader").getRowNum();
        List<BudgetRow> incomes = ROWS.stream().filter(INCOME).toList();
        List<BudgetRow> expenses = ROWS.stream().filter(EXPENSE).toList();
        for (int i = 0; i < incomes.size(); i++) {
            assertFormula(budget.getRow(incomeHeading + 1 + i).getCell(DEVIATION),
                    BudgetSamples.deviation(incomes.get(i)).doubleValue());
        }
        for (int i = 0; i < expenses.size(); i++) {
            assertFormula(budget.getRow(expenseHeading + 1 + i).getCell(DEVIATION),
                    BudgetSamples.deviation(expenses.get(i)).doubleValue());
        }
    }

    private static void assertFormula(Cell cell, double expected) {
        String where = cell.getAddress().formatAsString();
        assertEquals(CellType.FORMULA, cell.getCellType(), where);
        assertEquals(CellType.NUMERIC, cell.getCachedFormulaResultType(), where);
        assertEquals(expected, cell.getNumericCellValue(), CENT, where);
    }

    private static void assertPrintReady(XSSFSheet sheet, int headingRow, int widestCharacters) {
        assertPrintReadyWithFrozenHeading(sheet, headingRow);
        int widest = 0;
        for (int column = 0; column < sheet.getRow(headingRow).getLastCellNum(); column++) {
            widest = Math.max(widest, sheet.getColumnWidth(column));
        }
        assertEquals(widestCharacters * 256, widest, sheet.getSheetName());
    }

    private static String text(Cell cell) {
        return cell.getStringCellValue();
    }
}
