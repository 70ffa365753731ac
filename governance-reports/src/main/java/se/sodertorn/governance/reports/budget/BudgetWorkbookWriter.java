package se.sodertorn.governance.reports.budget;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a budget workbook: the sheets "Budget" and "Medlemsavgifter" of {@link BudgetSheets}, nothing else. The
 * sheets are small, so the workbook is built in memory with XSSF. Instances hold no state and may be shared.
 */
public final class BudgetWorkbookWriter {

    /**
     * @param report the budget revision
     * @param out    where the workbook goes; not closed
     * @throws IOException when writing fails
     */
    public void write(BudgetReport report, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            BudgetSheets.addTo(workbook, report);
            workbook.getProperties().getCoreProperties().setTitle(BudgetSheets.title(report));
            workbook.write(out);
        }
    }
}
