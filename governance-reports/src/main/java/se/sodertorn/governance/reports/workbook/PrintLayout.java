package se.sodertorn.governance.reports.workbook;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

/** Print setup shared by all sheets: A4 landscape, one page wide, a title and page numbers in the margins. */
public final class PrintLayout {

    private static final int MAX_HEADER_TEXT = 100;
    private static final String SHEET_NAME_CODE = "&A";

    private PrintLayout() {
    }

    /** @param headerText what the page header shows on the left (the plan's name, the budget's title) */
    public static void apply(Sheet sheet, String headerText) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        String text = headerText.length() > MAX_HEADER_TEXT ? headerText.substring(0, MAX_HEADER_TEXT) : headerText;
        sheet.getHeader().setLeft(text.replace("&", "&&"));
        sheet.getHeader().setRight(SHEET_NAME_CODE);
        sheet.getFooter().setCenter(ReportTexts.get("print.footer"));
    }
}
