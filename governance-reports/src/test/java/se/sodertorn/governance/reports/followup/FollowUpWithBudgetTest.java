package se.sodertorn.governance.reports.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sodertorn.governance.reports.workbook.WorkbookAssertions.sheetNames;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import se.sodertorn.governance.reports.budget.BudgetReport;
import se.sodertorn.governance.reports.budget.BudgetSamples;
import se.sodertorn.governance.reports.budget.ContributionRow;

class FollowUpWithBudgetTest {

    private static final int BUDGET_COLUMN = 3;
    private static final int AMOUNT_COLUMN = 5;

    @Test
    void budgetSheetsComeRightAfterTheSummary() throws IOException {
        try (XSSFWorkbook workbook = FollowUpSamples.open(write(FollowUpSamples.rows(), BudgetSamples.report()))) {
            assertEquals(List.of("Sammanfattning", "Budget", "Medlemsavgifter", "Näringsliv och arbete",
                    "Klimat miljö", FollowUpSamples.LONG_AREA.substring(0, 31).strip()), sheetNames(workbook));
            assertTrue(workbook.getForceFormulaRecalculation());
        }
    }

    @Test
    void withoutABudgetThereAreNoBudgetSheetsAndNoFormulas() throws IOException {
        byte[] withNull = write(FollowUpSamples.rows(), null);
        try (XSSFWorkbook threeArguments = FollowUpSamples.open(FollowUpSamples.workbook(null));
             XSSFWorkbook nullBudget = FollowUpSamples.open(withNull)) {
            assertEquals(List.of("Sammanfattning", "Näringsliv och arbete", "Klimat miljö",
                    FollowUpSamples.LONG_AREA.substring(0, 31).strip()), sheetNames(threeArguments));
            assertEquals(sheetNames(threeArguments), sheetNames(nullBudget));
            assertTrue(!threeArguments.getForceFormulaRecalculation());
        }
    }

    @Test
    void cachedTotalsSurviveTheStreamingWorkbook() throws IOException {
        BudgetReport report = BudgetSamples.report();
        try (XSSFWorkbook workbook = FollowUpSamples.open(write(FollowUpSamples.rows(), report))) {
            Cell income = BudgetSamples.labelled(workbook.getSheet("Budget"), "Summa intäkter").getCell(BUDGET_COLUMN);
            Cell amount = BudgetSamples.labelled(workbook.getSheet("Medlemsavgifter"), "Summa")
                    .getCell(AMOUNT_COLUMN);
            long contributions = report.contributions().stream().mapToLong(ContributionRow::amount).sum();
            for (boolean recalculated : new boolean[] {false, true}) {
                if (recalculated) {
                    XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
                }
                assertEquals(CellType.FORMULA, income.getCellType());
                assertEquals(5_134_000.01, income.getNumericCellValue(), 1e-6);
                assertEquals(contributions, amount.getNumericCellValue());
            }
        }
    }

    @Test
    void aFocusAreaNamedLikeABudgetSheetGetsANumberedSheet() throws IOException {
        ActivityRow row = new ActivityRow(1, "budget", "Aktivitet", null, null, ActivityStatus.DONE, 100, null,
                null, null, null);
        try (XSSFWorkbook workbook = FollowUpSamples.open(write(List.of(row), BudgetSamples.report()))) {
            assertEquals(List.of("Sammanfattning", "Budget", "Medlemsavgifter", "budget (2)"), sheetNames(workbook));
        }
    }

    @Test
    void theReaderSkipsTheBudgetSheets() throws IOException {
        FollowUpWorkbookReader reader = new FollowUpWorkbookReader();
        FollowUpImport without = reader.read(new ByteArrayInputStream(FollowUpSamples.workbook(null)));
        FollowUpImport with = reader.read(new ByteArrayInputStream(
                write(FollowUpSamples.rows(), BudgetSamples.report())));
        assertEquals(List.of(), with.problems());
        assertEquals(without.changes(), with.changes());
        assertEquals(FollowUpSamples.rows().size(), with.changes().size());
    }

    private static byte[] write(List<ActivityRow> rows, BudgetReport budget) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FollowUpWorkbookWriter().write(FollowUpSamples.header(null), rows.iterator(), budget, out);
        return out.toByteArray();
    }
}
