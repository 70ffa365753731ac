package se.sodertorn.governance.reports.followup;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import se.sodertorn.governance.reports.workbook.Cells;
import se.sodertorn.governance.reports.workbook.PrintLayout;
import se.sodertorn.governance.reports.workbook.ReportTexts;
import se.sodertorn.governance.reports.workbook.RowHeights;
import se.sodertorn.governance.reports.workbook.TableLayout;
import se.sodertorn.governance.reports.workbook.WorkbookStyles;

/**
 * One focus-area sheet being streamed: a frozen, filtered heading row repeated on every printed page, then one row
 * per activity, its long texts wrapped and the row as high as its longest text; {@link #finish()} adds the totals
 * ({@link DetailTotals}), the print area and the rules that need the last row. Printed pages are landscape, one
 * page wide, with the time of generation (Swedish time) in the footer.
 */
final class DetailSheet {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final List<DetailColumn> columns;
    private final boolean withEarlierStatus;
    private final DetailTotals totals = new DetailTotals();
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
        sheet.getFooter().setLeft(ReportTexts.format("print.generatedAt",
                GENERATED.format(header.localGeneratedAt())));
    }

    void append(ActivityRow activity) {
        Row row = sheet.createRow(++lastRow);
        Cells.number(row, DetailColumn.ID.ordinal(), activity.activityId(), styles.integer);
        Cells.text(row, DetailColumn.TITLE.ordinal(), activity.title(), styles.wrapped);
        Cells.text(row, DetailColumn.RESPONSIBLE.ordinal(), activity.responsible(), styles.wrapped);
        Cells.text(row, DetailColumn.PERIOD.ordinal(), activity.period(), styles.wrapped);
        Cells.text(row, DetailColumn.STATUS.ordinal(), activity.status().label(), styles.text);
        Cells.number(row, DetailColumn.PROGRESS.ordinal(), activity.progressPercent(), styles.integer);
        Cells.text(row, DetailColumn.COMMENT.ordinal(), activity.comment(), styles.wrapped);
        Cells.amount(row, DetailColumn.BUDGET.ordinal(), activity.budget(), styles.sek);
        Cells.amount(row, DetailColumn.OUTCOME.ordinal(), activity.outcome(), styles.sek);
        if (withEarlierStatus) {
            ActivityStatus earlier = activity.earlierStatus();
            Cells.text(row, DetailColumn.EARLIER_STATUS.ordinal(), earlier == null ? null : earlier.label(),
                    styles.wrapped);
        }
        RowHeights.fitLines(row, lines(row));
        totals.add(activity);
    }

    /** @return the most lines any wrapped cell of the row takes in its column */
    private int lines(Row row) {
        int lines = 1;
        for (DetailColumn column : columns) {
            Cell cell = row.getCell(column.ordinal());
            if (column.wraps() && cell != null && cell.getCellType() == CellType.STRING) {
                lines = Math.max(lines, RowHeights.lines(cell.getStringCellValue(), column.characters()));
            }
        }
        return lines;
    }

    void finish() {
        CellRangeAddress statuses = dataRange(DetailColumn.STATUS);
        if (withEarlierStatus) {
            DetailSheetRules.colourStatuses(sheet, statuses, dataRange(DetailColumn.EARLIER_STATUS));
        } else {
            DetailSheetRules.colourStatuses(sheet, statuses);
        }
        DetailSheetRules.validateInput(sheet, statuses, dataRange(DetailColumn.PROGRESS));
        DetailSheetRules.colourStatuses(sheet, DetailTotals.statusLabels(lastRow));
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, columns.size() - 1));
        int lastPrinted = totals.write(sheet, styles, columns, lastRow);
        Workbook workbook = sheet.getWorkbook();
        workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, columns.size() - 1, 0, lastPrinted);
    }

    private CellRangeAddress dataRange(DetailColumn column) {
        return new CellRangeAddress(1, Math.max(1, lastRow), column.ordinal(), column.ordinal());
    }
}
