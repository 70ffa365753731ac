package se.sodertorn.governance.reports.followup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

import se.sodertorn.governance.reports.workbook.ReportTexts;

/**
 * Reads one sheet as it streams by. The first row tells whether it is a focus-area sheet (it has the Id heading)
 * and where the Id, Aktivitet, Status, Framsteg (%) and Kommentar columns are, whatever their order; every later
 * row goes to the {@link ChangeCollector}, up to the totals row (its Id cell says "Summa", see
 * {@link DetailTotals}), after which the sheet holds no activities. Other sheets (the summary, sheets a user added)
 * are ignored.
 */
final class SheetRowReader implements XSSFSheetXMLHandler.SheetContentsHandler {

    private static final List<DetailColumn> READ = List.of(
            DetailColumn.ID, DetailColumn.TITLE, DetailColumn.STATUS, DetailColumn.PROGRESS, DetailColumn.COMMENT);
    private static final String TOTALS = ReportTexts.get(DetailTotals.LABEL_KEY);
    private static final int MISSING = -1;

    private final String sheet;
    private final ChangeCollector collector;
    private final int[] columnOf = new int[READ.size()];
    private final String[] values = new String[READ.size()];
    private boolean focusAreaSheet;
    private boolean pastTotals;
    private int row;

    SheetRowReader(String sheet, ChangeCollector collector) {
        this.sheet = sheet;
        this.collector = collector;
        Arrays.fill(columnOf, MISSING);
    }

    @Override
    public void startRow(int rowNum) {
        row = rowNum;
        Arrays.fill(values, null);
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
        if (row > 0 && (!focusAreaSheet || pastTotals)) {
            return;
        }
        int column = new CellReference(cellReference).getCol();
        for (int i = 0; i < READ.size(); i++) {
            if (row == 0 && columnOf[i] == MISSING && isHeading(READ.get(i), formattedValue)) {
                columnOf[i] = column;
            } else if (row > 0 && columnOf[i] == column) {
                values[i] = formattedValue;
            }
        }
    }

    @Override
    public void endRow(int rowNum) {
        if (rowNum == 0) {
            takeHeadings();
        } else if (focusAreaSheet && !pastTotals) {
            pastTotals = values[0] != null && TOTALS.equalsIgnoreCase(values[0].strip());
            if (!pastTotals) {
                collector.row(sheet, rowNum + 1, values[0], values[1], values[2], values[3], values[4]);
            }
        }
    }

    private static boolean isHeading(DetailColumn column, String text) {
        return text != null && column.heading(null).equalsIgnoreCase(text.strip());
    }

    private void takeHeadings() {
        if (columnOf[0] == MISSING) {
            return;
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < READ.size(); i++) {
            if (columnOf[i] == MISSING) {
                missing.add(READ.get(i).heading(null));
            }
        }
        focusAreaSheet = missing.isEmpty();
        if (!focusAreaSheet) {
            collector.problem(sheet, 1, ImportProblem.SHEET_MISSING_COLUMN, String.join(", ", missing));
        }
    }
}
