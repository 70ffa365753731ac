package se.sodertorn.governance.reports.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Workbook;

/** Checks and reads shared by the workbook tests. */
public final class WorkbookAssertions {

    private WorkbookAssertions() {
    }

    /** Asserts that the cell holds the text as a string, quote-prefixed so that it is never taken for a formula. */
    public static void assertGuarded(Cell cell, String text) {
        assertEquals(CellType.STRING, cell.getCellType(), cell.getAddress().formatAsString());
        assertEquals(text, cell.getStringCellValue());
        assertTrue(cell.getCellStyle().getQuotePrefixed(), cell.getAddress().formatAsString());
    }

    /**
     * Asserts the print layout of {@link PrintLayout} (A4 landscape, one page wide, page numbers) and a heading row
     * that is frozen and repeated on every printed page.
     */
    public static void assertPrintReadyWithFrozenHeading(Sheet sheet, int headingRow) {
        String name = sheet.getSheetName();
        assertTrue(sheet.getPrintSetup().getLandscape(), name);
        assertEquals(PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize(), name);
        assertEquals(1, sheet.getPrintSetup().getFitWidth(), name);
        assertEquals(0, sheet.getPrintSetup().getFitHeight(), name);
        assertTrue(sheet.getFitToPage(), name);
        assertEquals("Sida &P av &N", sheet.getFooter().getCenter(), name);
        assertTrue(sheet.getPaneInformation().isFreezePane(), name);
        assertEquals(headingRow + 1, sheet.getPaneInformation().getHorizontalSplitTopRow(), name);
        assertEquals(new CellRangeAddress(headingRow, headingRow, -1, -1), sheet.getRepeatingRows(), name);
    }

    /** @return the texts of the row's cells, in order */
    public static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    /** @return the workbook's sheet names, in order */
    public static List<String> sheetNames(Workbook workbook) {
        return IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList();
    }
}
