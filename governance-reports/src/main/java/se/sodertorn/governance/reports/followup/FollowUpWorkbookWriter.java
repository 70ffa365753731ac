package se.sodertorn.governance.reports.followup;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Objects;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the follow-up workbook of an activity plan: first the summary sheet "Sammanfattning" with a chart, then
 * one print-ready sheet per focus area. The summary is built with XSSF (charts cannot be streamed); the
 * focus-area sheets are streamed with SXSSF ({@link StreamingWorkbook}), {@value #ROW_WINDOW} rows in memory at a
 * time and inline strings, so memory does not grow with the number of activities. The plan id is stored as a
 * custom document property (see {@link PlanMarker}). Instances hold no state and may be shared.
 */
public final class FollowUpWorkbookWriter {

    static final int ROW_WINDOW = 100;

    /**
     * @param header the plan, the round and the summary
     * @param rows   the activities, grouped by focus area: each change of focus area starts a new sheet
     * @param out    where the workbook goes; not closed
     * @throws IOException when writing fails
     */
    public void write(FollowUpHeader header, Iterator<ActivityRow> rows, OutputStream out) throws IOException {
        Objects.requireNonNull(header, "header");
        XSSFWorkbook template = new XSSFWorkbook();
        WorkbookStyles styles = new WorkbookStyles(template);
        SheetNames names = new SheetNames();
        new SummarySheet(template.createSheet(names.unique(FollowUpTexts.get("summary.sheet"))), styles)
                .write(header);
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
