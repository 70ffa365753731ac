package se.sodertorn.governance.reports.followup;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import se.sodertorn.governance.reports.workbook.Cells;
import se.sodertorn.governance.reports.workbook.ReportTexts;
import se.sodertorn.governance.reports.workbook.WorkbookStyles;

/**
 * The totals under a focus-area sheet's activities, added up while the rows stream by: a row "Summa" with the sums
 * of budget and outcome, then a small table with the number of activities per status and in all. Every total is a
 * formula over the activity rows (so that it follows an edit in Excel) that also carries its value (so that a
 * reader that does not recalculate, or a printout, shows the right figure). The reader stops at the "Summa" row.
 */
final class DetailTotals {

    /** The text in the Id column of the totals row; the reader takes the rows above it as activities. */
    static final String LABEL_KEY = "total.label";

    private final Map<ActivityStatus, Integer> counts = new EnumMap<>(ActivityStatus.class);
    private BigDecimal budget = BigDecimal.ZERO;
    private BigDecimal outcome = BigDecimal.ZERO;

    void add(ActivityRow activity) {
        counts.merge(activity.status(), 1, Integer::sum);
        budget = activity.budget() == null ? budget : budget.add(activity.budget());
        outcome = activity.outcome() == null ? outcome : outcome.add(activity.outcome());
    }

    /**
     * Writes the totals below the last activity row.
     *
     * @param columns the sheet's columns
     * @param lastRow the 0-based index of the last activity row (at least 1)
     * @return the 0-based index of the last row written
     */
    int write(Sheet sheet, WorkbookStyles styles, List<DetailColumn> columns, int lastRow) {
        Row sums = sheet.createRow(lastRow + 1);
        Cells.text(sums, DetailColumn.ID.ordinal(), ReportTexts.get(LABEL_KEY), styles.totalLabel);
        for (DetailColumn column : columns) {
            if (column != DetailColumn.ID) {
                Cells.text(sums, column.ordinal(), null, styles.totalLabel);
            }
        }
        total(sums, DetailColumn.BUDGET, "SUM(" + range(DetailColumn.BUDGET, lastRow) + ")", budget.doubleValue(),
                styles.totalSek);
        total(sums, DetailColumn.OUTCOME, "SUM(" + range(DetailColumn.OUTCOME, lastRow) + ")",
                outcome.doubleValue(), styles.totalSek);

        int headingIndex = lastRow + 3;
        Row heading = sheet.createRow(headingIndex);
        Cells.text(heading, DetailColumn.STATUS.ordinal(), ReportTexts.get("total.status"), styles.heading);
        Cells.text(heading, DetailColumn.PROGRESS.ordinal(), ReportTexts.get("total.count"), styles.heading);
        String statuses = absolute(DetailColumn.STATUS, lastRow);
        int index = headingIndex;
        for (ActivityStatus status : ActivityStatus.values()) {
            Row row = sheet.createRow(++index);
            Cells.text(row, DetailColumn.STATUS.ordinal(), status.label(), styles.text);
            total(row, DetailColumn.PROGRESS, "COUNTIF(" + statuses + ",\"" + status.label() + "\")",
                    counts.getOrDefault(status, 0), styles.integer);
        }
        Row all = sheet.createRow(++index);
        Cells.text(all, DetailColumn.STATUS.ordinal(), ReportTexts.get("total.all"), styles.totalLabel);
        String counted = new CellRangeAddress(headingIndex + 1, index - 1, DetailColumn.PROGRESS.ordinal(),
                DetailColumn.PROGRESS.ordinal()).formatAsString();
        total(all, DetailColumn.PROGRESS, "SUM(" + counted + ")",
                counts.values().stream().mapToInt(Integer::intValue).sum(), styles.totalInteger);
        return index;
    }

    /** @return the rows of the per-status labels, for their colours */
    static CellRangeAddress statusLabels(int lastRow) {
        int first = lastRow + 4;
        return new CellRangeAddress(first, first + ActivityStatus.values().length - 1,
                DetailColumn.STATUS.ordinal(), DetailColumn.STATUS.ordinal());
    }

    private static void total(Row row, DetailColumn column, String formula, double value, CellStyle style) {
        Cells.formula(row, column.ordinal(), formula, style);
        Cell cell = row.getCell(column.ordinal());
        cell.setCellValue(value);
    }

    private static String range(DetailColumn column, int lastRow) {
        return new CellRangeAddress(1, lastRow, column.ordinal(), column.ordinal()).formatAsString();
    }

    private static String absolute(DetailColumn column, int lastRow) {
        String letter = CellReference.convertNumToColString(column.ordinal());
        return "$" + letter + "$2:$" + letter + "$" + (lastRow + 1);
    }
}
