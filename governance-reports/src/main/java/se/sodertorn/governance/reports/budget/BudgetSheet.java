package se.sodertorn.governance.reports.budget;

import static se.sodertorn.governance.reports.budget.TableWriter.cell;
import static se.sodertorn.governance.reports.budget.TableWriter.range;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import se.sodertorn.governance.reports.workbook.Cells;
import se.sodertorn.governance.reports.workbook.RowHeights;
import se.sodertorn.governance.reports.workbook.WorkbookStyles;

/**
 * The sheet "Budget": the title, the heading row, the income block and the expense block (a row per line with its
 * deviation as a formula, then a totals row of {@code SUM}s), the result (income minus expenses) and the expenses
 * per focus area ({@code SUMIF} over the expense block).
 */
final class BudgetSheet {

    static final int CATEGORY = 0;
    static final int FOCUS_AREA = 1;
    static final int DESCRIPTION = 2;
    static final int BUDGET = 3;
    static final int OUTCOME = 4;
    static final int FORECAST = 5;
    static final int DEVIATION = 6;
    private static final int[] WIDTHS = {22, 26, 44, 15, 15, 15, 15};
    private static final int[] MONEY = {BUDGET, OUTCOME, FORECAST, DEVIATION};
    private static final int[] PER_FOCUS_AREA = {BUDGET, OUTCOME, DEVIATION};
    private static final List<String> HEADINGS = List.of("budget.category", "budget.focusArea",
            "budget.description", "budget.budget", "budget.outcome", "budget.forecast", "budget.deviation");
    /** A criterion text starting so, or holding a wildcard, would not be matched literally by SUMIF. */
    private static final String CRITERION_STARTS = "=<>";
    private static final String WILDCARDS = "*?";

    /** A block of lines: its heading row, its last line (the heading when empty) and its totals row. */
    private record Block(int heading, int last, int totals) {
    }

    private final TableWriter table;
    private final WorkbookStyles styles;

    BudgetSheet(Workbook workbook, WorkbookStyles styles, String title) {
        this.table = new TableWriter(workbook, "budget.sheet", title, WIDTHS, styles);
        this.styles = styles;
    }

    /** @return the sheet written */
    Sheet write(List<BudgetRow> rows) {
        table.heading(HEADINGS);
        Block income = block("budget.income", "budget.incomeTotal", rows, true);
        table.skipRow();
        Block expenses = block("budget.expenses", "budget.expenseTotal", rows, false);
        table.skipRow();
        Row result = table.totals("budget.result");
        for (int column : MONEY) {
            Cells.formula(result, column, cell(income.totals(), column) + "-" + cell(expenses.totals(), column),
                    styles.totalSek);
        }
        table.skipRow();
        perFocusArea(rows, expenses);
        return table.sheet();
    }

    private Block block(String headingKey, String totalKey, List<BudgetRow> rows, boolean income) {
        int heading = table.label(headingKey).getRowNum();
        for (BudgetRow line : rows) {
            if (line.income() == income) {
                line(table.row(), line);
            }
        }
        int last = table.lastRow();
        Row totals = table.totals(totalKey);
        for (int column : MONEY) {
            TableWriter.sum(totals, column, heading, last, styles.totalSek);
        }
        return new Block(heading, last, totals.getRowNum());
    }

    private void line(Row row, BudgetRow line) {
        Cells.text(row, CATEGORY, line.category(), styles.wrapped);
        Cells.text(row, FOCUS_AREA, line.focusArea(), styles.wrapped);
        Cells.text(row, DESCRIPTION, line.description(), styles.wrapped);
        Cells.amount(row, BUDGET, line.budget(), styles.sek);
        Cells.amount(row, OUTCOME, line.outcome(), styles.sek);
        Cells.amount(row, FORECAST, line.forecast(), styles.sek);
        int r = row.getRowNum();
        String forecast = cell(r, FORECAST);
        String budget = cell(r, BUDGET);
        Cells.formula(row, DEVIATION, "IF(" + forecast + "=\"\"," + cell(r, OUTCOME) + "-" + budget + ","
                + forecast + "-" + budget + ")", styles.sek);
        RowHeights.fitLines(row, Math.max(RowHeights.lines(line.description(), WIDTHS[DESCRIPTION]),
                Math.max(RowHeights.lines(line.category(), WIDTHS[CATEGORY]),
                        RowHeights.lines(line.focusArea(), WIDTHS[FOCUS_AREA]))));
    }

    private void perFocusArea(List<BudgetRow> rows, Block expenses) {
        table.label("budget.perFocusArea");
        String areas = range(expenses.heading(), expenses.last(), FOCUS_AREA, true);
        for (String area : focusAreas(rows)) {
            Row row = table.row();
            Cells.text(row, FOCUS_AREA, area, styles.wrapped);
            RowHeights.fitLines(row, RowHeights.lines(area, WIDTHS[FOCUS_AREA]));
            String criterion = criterion(area, cell(row.getRowNum(), FOCUS_AREA));
            for (int column : PER_FOCUS_AREA) {
                Cells.formula(row, column, "SUMIF(" + areas + "," + criterion + ","
                        + range(expenses.heading(), expenses.last(), column, true) + ")", styles.sek);
            }
        }
    }

    /** @return the distinct focus areas of the expense lines, in order, ignoring case as SUMIF does */
    private static List<String> focusAreas(List<BudgetRow> rows) {
        Map<String, String> areas = new LinkedHashMap<>();
        for (BudgetRow line : rows) {
            if (!line.income() && line.focusArea() != null && !line.focusArea().isBlank()) {
                areas.putIfAbsent(line.focusArea().toLowerCase(Locale.ROOT), line.focusArea());
            }
        }
        return List.copyOf(areas.values());
    }

    /**
     * @return the SUMIF criterion that matches the name in the cell literally: the cell itself, or, for a name that
     *         SUMIF would read as a comparison or a pattern, "=" and the name with its wildcards escaped
     */
    private static String criterion(String name, String cell) {
        boolean literal = CRITERION_STARTS.indexOf(name.charAt(0)) < 0
                && name.chars().noneMatch(c -> WILDCARDS.indexOf(c) >= 0);
        return literal ? cell
                : "\"=\"&SUBSTITUTE(SUBSTITUTE(" + cell + ",\"*\",\"~*\"),\"?\",\"~?\")";
    }
}
