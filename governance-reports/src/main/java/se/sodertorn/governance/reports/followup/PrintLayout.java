package se.sodertorn.governance.reports.followup;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

/** Print setup shared by all sheets: A4 landscape, one page wide, plan name and page numbers in the margins. */
final class PrintLayout {

    private static final int MAX_HEADER_TEXT = 100;
    private static final String SHEET_NAME_CODE = "&A";

    private PrintLayout() {
    }

    static void apply(Sheet sheet, String planName) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        String name = planName.length() > MAX_HEADER_TEXT ? planName.substring(0, MAX_HEADER_TEXT) : planName;
        sheet.getHeader().setLeft(name.replace("&", "&&"));
        sheet.getHeader().setRight(SHEET_NAME_CODE);
        sheet.getFooter().setCenter(FollowUpTexts.get("print.footer"));
    }
}
