package se.sodertorn.governance.reports.followup;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Objects;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.sodertorn.governance.reports.budget.BudgetReport;
import se.sodertorn.governance.reports.budget.BudgetSheets;
import se.sodertorn.governance.reports.workbook.ReportTexts;
import se.sodertorn.governance.reports.workbook.WorkbookStyles;

/**
 * Writes the follow-up workbook of an activity plan: first the summary sheet "Sammanfattning" with a chart, then,
 * when a budget is given, its sheets "Budget" and "Medlemsavgifter" ({@link BudgetSheets}), then one print-ready
 * sheet per focus area. The summary and the budget sheets are built with XSSF (charts cannot be streamed, and the
 * budget's formulas are evaluated to store their values); the focus-area sheets are streamed with SXSSF
 * ({@link StreamingWorkbook}), {@value #ROW_WINDOW} rows in memory at a time and inline strings, so memory does not
 * grow with the number of activities. The plan id is stored as a custom document property (see
 * {@link PlanMarker}). Instances hold no state and may be shared.
 */
public final class FollowUpWorkbookWriter {

    static final int ROW_WINDOW = 100;

    /**
     * Writes the workbook without budget sheets.
     *
     * @param header the plan, the round and the summary
     * @param rows   the activities, grouped by focus area: each change of focus area starts a new sheet
     * @param out    where the workbook goes; not closed
     * @throws IOException when writing fails
     */
    public void write(FollowUpHeader header, Iterator<ActivityRow> rows, OutputStream out) throws IOException {
        write(header, rows, null, out);
    }

    /**
     * Writes the workbook, with the budget sheets right after the summary when there is a budget. A focus area
     * named like a budget sheet gets a numbered sheet name ("Budget (2)").
     *
     * @param header the plan, the round and the summary
     * @param rows   the activities, grouped by focus area: each change of focus area starts a new sheet
     * @param budget the year's budget, or {@code null} for none
     * @param out    where the workbook goes; not closed
     * @throws IOException when writing fails
     */
    public void write(FollowUpHeader header, Iterator<ActivityRow> rows, BudgetReport budget, OutputStream out)
            throws IOException {
        Objects.requireNonNull(header, "header");
        XSSFWorkbook template = new XSSFWorkbook();
        WorkbookStyles styles = new WorkbookStyles(template);
        new SummarySheet(template.createSheet(ReportTexts.get("summary.sheet")), styles).write(header);
        if (budget != null) {
            BudgetSheets.addTo(template, styles, budget);
        }
        SheetNames names = new SheetNames(template);
        PlanMarker.write(template.getProperties(), header);
        try (SXSSFWorkbook workbook = new StreamingWorkbook(template, ROW_WINDOW)) {
            writeDetailSheets(workbook, styles, names, header, rows);
            workbook.write(out);
        }
    }

    private static void writeDetailSheets(SXSSFWorkbook workbook, WorkbookStyles styles, SheetNames names,
                                          FollowUpHeader header, Iterator<ActivityRow> rows) {
        DetailSheet sheet = null;
        String focusArea = null;
        while (rows.hasNext()) {
            ActivityRow row = rows.next();
            if (sheet == null || !Objects.equals(focusArea, row.focusArea())) {
                if (sheet != null) {
                    sheet.finish();
                }
                focusArea = row.focusArea();
                sheet = new DetailSheet(workbook.createSheet(names.unique(focusArea)), styles, header);
            }
            sheet.append(row);
        }
        if (sheet != null) {
            sheet.finish();
        }
    }
}
