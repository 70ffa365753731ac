package se.sodertorn.governance.reports.followup;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import se.sodertorn.governance.reports.workbook.Cells;
import se.sodertorn.governance.reports.workbook.PrintLayout;
import se.sodertorn.governance.reports.workbook.ReportTexts;
import se.sodertorn.governance.reports.workbook.RowHeights;
import se.sodertorn.governance.reports.workbook.TableLayout;
import se.sodertorn.governance.reports.workbook.WorkbookStyles;

/**
 * The summary sheet, written with XSSF because its chart cannot be streamed: the plan and round, a table with
 * the activities per status, the share done, budget and outcome of each focus area and in total, and the chart.
 */
final class SummarySheet {

    /** Columns of the table: focus area, one per status, total, share done, budget, outcome. */
    static final int FIRST_STATUS_COLUMN = 1;
    private static final int STATUS_COUNT = ActivityStatus.values().length;
    private static final int TOTAL_COLUMN = FIRST_STATUS_COLUMN + STATUS_COUNT;
    private static final int SHARE_COLUMN = TOTAL_COLUMN + 1;
    private static final int BUDGET_COLUMN = SHARE_COLUMN + 1;
    private static final int OUTCOME_COLUMN = BUDGET_COLUMN + 1;
    private static final int[] WIDTHS = {32, 12, 12, 12, 12, 12, 12, 9, 12, 15, 15};
    private static final int TABLE_HEADING_ROW = 9;
    private static final int CHART_GAP_ROWS = 2;

    private final XSSFSheet sheet;
    private final WorkbookStyles styles;

    SummarySheet(XSSFSheet sheet, WorkbookStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    void write(FollowUpHeader header) {
        TableLayout.widths(sheet, WIDTHS);
        writeFacts(header);
        writeTableHeading();
        List<FocusAreaSummary> summaries = header.summaries();
        int rowIndex = TABLE_HEADING_ROW;
        for (FocusAreaSummary summary : summaries) {
            writeFocusArea(sheet.createRow(++rowIndex), summary);
        }
        writeTotals(sheet.createRow(++rowIndex), summaries);
        if (!summaries.isEmpty()) {
            StatusChart.draw(sheet, TABLE_HEADING_ROW, TABLE_HEADING_ROW + summaries.size(),
                    rowIndex + CHART_GAP_ROWS, summaries.stream().mapToInt(FocusAreaSummary::total).max().orElse(0));
        }
        PrintLayout.apply(sheet, header.planName());
    }

    private void writeFacts(FollowUpHeader header) {
        Cells.text(sheet.createRow(0), 0, ReportTexts.get("summary.title"), styles.title);
        Cells.text(fact(2, "summary.plan"), 1, header.planName(), styles.text);
        Cells.number(fact(3, "summary.year"), 1, header.year(), styles.integer);
        String round = header.roundName() == null ? ReportTexts.get("summary.now") : header.roundName();
        Cells.text(fact(4, "summary.round"), 1, round, styles.text);
        Cells.date(fact(5, "summary.roundDate"), 1, header.roundDate(), styles.date);
        if (header.earlierRoundName() != null) {
            Cells.text(fact(6, "summary.earlierRound"), 1, header.earlierRoundName(), styles.text);
        }
        Cell generated = fact(7, "summary.generatedAt").createCell(1);
        generated.setCellValue(header.localGeneratedAt());
        generated.setCellStyle(styles.dateTime);
    }

    private Row fact(int rowIndex, String labelKey) {
        Row row = sheet.createRow(rowIndex);
        Cells.text(row, 0, ReportTexts.get(labelKey), styles.label);
        return row;
    }

    private void writeTableHeading() {
        Row row = sheet.createRow(TABLE_HEADING_ROW);
        row.setHeightInPoints(RowHeights.HEADING_POINTS);
        Cells.text(row, 0, ReportTexts.get("summary.focusArea"), styles.heading);
        for (ActivityStatus status : ActivityStatus.values()) {
            Cells.text(row, FIRST_STATUS_COLUMN + status.ordinal(), status.label(), styles.heading);
        }
        Cells.text(row, TOTAL_COLUMN, ReportTexts.get("summary.total"), styles.heading);
        Cells.text(row, SHARE_COLUMN, ReportTexts.get("summary.shareDone"), styles.heading);
        Cells.text(row, BUDGET_COLUMN, ReportTexts.get("summary.budget"), styles.heading);
        Cells.text(row, OUTCOME_COLUMN, ReportTexts.get("summary.outcome"), styles.heading);
    }

    private void writeFocusArea(Row row, FocusAreaSummary summary) {
        Cells.text(row, 0, summary.focusArea(), styles.text);
        writeFigures(row, summary, styles.integer, styles.percent, styles.sek);
    }

    private void writeTotals(Row row, List<FocusAreaSummary> summaries) {
        Cells.text(row, 0, ReportTexts.get("summary.total"), styles.totalLabel);
        writeFigures(row, total(summaries), styles.totalInteger, styles.totalPercent, styles.totalSek);
    }

    private static void writeFigures(Row row, FocusAreaSummary summary, CellStyle integer, CellStyle percent,
                                     CellStyle sek) {
        for (ActivityStatus status : ActivityStatus.values()) {
            Cells.number(row, FIRST_STATUS_COLUMN + status.ordinal(), summary.count(status), integer);
        }
        Cells.number(row, TOTAL_COLUMN, summary.total(), integer);
        Cells.number(row, SHARE_COLUMN, summary.shareDone(), percent);
        Cells.amount(row, BUDGET_COLUMN, summary.budget(), sek);
        Cells.amount(row, OUTCOME_COLUMN, summary.outcome(), sek);
    }

    private static FocusAreaSummary total(List<FocusAreaSummary> summaries) {
        Map<ActivityStatus, Integer> counts = new EnumMap<>(ActivityStatus.class);
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal outcome = BigDecimal.ZERO;
        for (FocusAreaSummary summary : summaries) {
            for (ActivityStatus status : ActivityStatus.values()) {
                counts.merge(status, summary.count(status), Integer::sum);
            }
            budget = add(budget, summary.budget());
            outcome = add(outcome, summary.outcome());
        }
        return new FocusAreaSummary(null, counts, budget, outcome);
    }

    private static BigDecimal add(BigDecimal sum, BigDecimal value) {
        return value == null ? sum : sum.add(value);
    }
}
