package se.sodertorn.governance.reports.budget;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.sodertorn.governance.reports.workbook.ReportTexts;
import se.sodertorn.governance.reports.workbook.WorkbookStyles;

/**
 * Adds the sheets "Budget" and "Medlemsavgifter" at the end of an XSSF workbook (one of its own, or the template
 * that a streaming SXSSF workbook is made from, before it is wrapped). Deviations, totals, the result and the sums
 * per focus area are formulas; their values are computed with POI's evaluator and stored with them, so readers
 * that do not recalculate show the right figures, and the workbook asks Excel and LibreOffice to recalculate on
 * opening. The workbook must have no sheets of those names yet.
 */
public final class BudgetSheets {

    private BudgetSheets() {
    }

    /** Adds the sheets with styles of their own. */
    public static void addTo(XSSFWorkbook workbook, BudgetReport report) {
        addTo(workbook, new WorkbookStyles(workbook), report);
    }

    /**
     * Adds the sheets with the workbook's existing styles.
     *
     * @param styles styles created for this very workbook
     */
    public static void addTo(XSSFWorkbook workbook, WorkbookStyles styles, BudgetReport report) {
        Sheet budget = new BudgetSheet(workbook, styles, title(report)).write(report.rows());
        Sheet contributions = new ContributionSheet(workbook, styles, ReportTexts.format("contributions.title",
                report.year(), report.revision())).write(report.contributionRule(), report.contributions());
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        cacheValues(budget, evaluator);
        cacheValues(contributions, evaluator);
        workbook.setForceFormulaRecalculation(true);
    }

    /** @return the title of the budget sheet and workbook, e.g. "Budget 2023, version 2 – Beslutad 2023-01-12" */
    static String title(BudgetReport report) {
        return ReportTexts.format("budget.title", report.year(), report.revision(), report.status());
    }

    private static void cacheValues(Sheet sheet, FormulaEvaluator evaluator) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.FORMULA) {
                    evaluator.evaluateFormulaCell(cell);
                }
            }
        }
    }
}
