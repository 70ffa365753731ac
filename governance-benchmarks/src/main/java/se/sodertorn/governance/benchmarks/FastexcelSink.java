package se.sodertorn.governance.benchmarks;

import java.io.IOException;
import java.io.OutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import se.sodertorn.governance.reports.followup.ActivityRow;

/**
 * Baseline: fastexcel, the same columns and styles, text as inline strings (as the follow-up writer does), rows
 * flushed every {@value #FLUSH_ROWS} so that it streams too.
 */
final class FastexcelSink implements SheetSink {

    private static final int FLUSH_ROWS = 1_000;

    private final Workbook workbook;
    private Worksheet sheet;

    private FastexcelSink(Workbook workbook) {
        this.workbook = workbook;
    }

    static void write(SyntheticPlan plan, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "governance-benchmarks", "1.0");
        SheetSink.drive(plan.rows(), new FastexcelSink(workbook));
        workbook.finish();
    }

    @Override
    public void startSheet(String name) {
        sheet = workbook.newWorksheet(name);
        for (int column = 0; column < HEADINGS.size(); column++) {
            sheet.width(column, WIDTHS[column]);
            sheet.inlineString(0, column, HEADINGS.get(column));
            sheet.style(0, column).bold().wrapText(true).set();
        }
        sheet.freezePane(0, 1);
        sheet.pageOrientation("landscape");
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
        sheet.repeatRows(0);
    }

    @Override
    public void row(int index, ActivityRow activity) throws IOException {
        Object[] values = SheetSink.values(activity);
        for (int column = 0; column < values.length; column++) {
            if (values[column] instanceof String text) {
                sheet.inlineString(index, column, text);
            } else if (values[column] instanceof Number number) {
                sheet.value(index, column, number);
            }
        }
        sheet.style(index, ID).format("0").set();
        sheet.style(index, PROGRESS).format("0").set();
        sheet.style(index, TITLE).wrapText(true).set();
        sheet.style(index, COMMENT).wrapText(true).set();
        sheet.style(index, BUDGET).format(SEK).set();
        sheet.style(index, OUTCOME).format(SEK).set();
        if (index % FLUSH_ROWS == 0) {
            sheet.flush();
        }
    }

    @Override
    public void endSheet(int lastIndex) throws IOException {
        sheet.setAutoFilter(0, 0, lastIndex, HEADINGS.size() - 1);
        sheet.finish();
    }
}
