package se.sodertorn.governance.reports.followup;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of the follow-up workbook, created once per workbook and shared by all its cells. */
final class WorkbookStyles {

    /** SEK with the locale's thousands separator: "1 234 567 kr" in Swedish Excel. */
    static final String SEK_FORMAT = "#,##0 \"kr\"";
    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";

    final TextStyle title;
    final TextStyle label;
    final TextStyle text;
    final TextStyle wrapped;
    final TextStyle heading;
    final TextStyle totalLabel;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle integer;
    final CellStyle totalInteger;
    final CellStyle percent;
    final CellStyle totalPercent;
    final CellStyle sek;
    final CellStyle totalSek;

    private final Workbook workbook;

    WorkbookStyles(Workbook workbook) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);

        title = TextStyle.of(workbook, style(null, big, false));
        label = TextStyle.of(workbook, style(null, bold, false));
        text = TextStyle.of(workbook, style(null, null, false));
        wrapped = TextStyle.of(workbook, style(null, null, true));
        CellStyle headingStyle = style(null, bold, true);
        headingStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        headingStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        headingStyle.setBorderBottom(BorderStyle.THIN);
        heading = TextStyle.of(workbook, headingStyle);
        totalLabel = TextStyle.of(workbook, total(style(null, bold, false)));
        date = style(DATE_FORMAT, null, false);
        dateTime = style(DATE_TIME_FORMAT, null, false);
        integer = style("0", null, false);
        totalInteger = total(style("0", bold, false));
        percent = style("0%", null, false);
        totalPercent = total(style("0%", bold, false));
        sek = style(SEK_FORMAT, null, false);
        totalSek = total(style(SEK_FORMAT, bold, false));
    }

    private CellStyle style(String format, Font font, boolean wrap) {
        CellStyle style = workbook.createCellStyle();
        if (format != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        if (font != null) {
            style.setFont(font);
        }
        style.setWrapText(wrap);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static CellStyle total(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        return style;
    }
}
