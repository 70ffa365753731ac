package se.sodertorn.governance.reports.followup;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import se.sodertorn.governance.reports.workbook.Cells;
import se.sodertorn.governance.reports.workbook.PrintLayout;
import se.sodertorn.governance.reports.workbook.RowHeights;
import se.sodertorn.governance.reports.workbook.TableLayout;
import se.sodertorn.governance.reports.workbook.WorkbookStyles;

/**
 * One focus-area sheet being streamed: a frozen, filtered heading row repeated on every printed page, then one row
 * per activity; {@link #finish()} adds the rules that need the last row.
 */
final class DetailSheet {

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final List<DetailColumn> columns;
    private final boolean withEarlierStatus;
    private int lastRow;

    DetailSheet(Sheet sheet, WorkbookStyles styles, FollowUpHeader header) {
        this.sheet = sheet;
        this.styles = styles;
        this.withEarlierStatus = header.earlierRoundName() != null;
        this.columns = DetailColumn.of(withEarlierStatus);
        TableLayout.widths(sheet, columns.stream().mapToInt(DetailColumn::characters).toArray());
        TableLayout.heading(sheet, 0, columns.stream().map(c -> c.heading(header.earlierRoundName())).toList(),
                styles.heading);
        PrintLayout.apply(sheet, header.planName());
    }

    void append(ActivityRow activity) {
        Row row = sheet.createRow(++lastRow);
        Cells.number(row, DetailColumn.ID.ordinal(), activity.activityId(), styles.integer);
        Cells.text(row, DetailColumn.TITLE.ordinal(), activity.title(), styles.wrapped);
        Cells.text(row, DetailColumn.RESPONSIBLE.ordinal(), activity.responsible(), styles.text);
        Cells.text(row, DetailColumn.PERIOD.ordinal(), activity.period(), styles.text);
        Cells.text(row, DetailColumn.STATUS.ordinal(), activity.status().label(), styles.text);
        Cells.number(row, DetailColumn.PROGRESS.ordinal(), activity.progressPercent(), styles.integer);
        Cells.text(row, DetailColumn.COMMENT.ordinal(), activity.comment(), styles.wrapped);
        Cells.amount(row, DetailColumn.BUDGET.ordinal(), activity.budget(), styles.sek);
        Cells.amount(row, DetailColumn.OUTCOME.ordinal(), activity.outcome(), styles.sek);
        RowHeights.fitLines(row, Math.max(RowHeights.lines(activity.title(), DetailColumn.TITLE.characters()),
                RowHeights.lines(activity.comment(), DetailColumn.COMMENT.characters())));
        if (withEarlierStatus) {
            ActivityStatus earlier = activity.earlierStatus();
            Cells.text(row, DetailColumn.EARLIER_STATUS.ordinal(), earlier == null ? null : earlier.label(),
                    styles.text);
        }
    }

    void finish() {
        CellRangeAddress statuses = dataRange(DetailColumn.STATUS);
        if (withEarlierStatus) {
            DetailSheetRules.colourStatuses(sheet, statuses, dataRange(DetailColumn.EARLIER_STATUS));
        } else {
            DetailSheetRules.colourStatuses(sheet, statuses);
        }
        DetailSheetRules.validateInput(sheet, statuses, dataRange(DetailColumn.PROGRESS));
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, columns.size() - 1));
    }

    private CellRangeAddress dataRange(DetailColumn column) {
        return new CellRangeAddress(1, Math.max(1, lastRow), column.ordinal(), column.ordinal());
    }
}
