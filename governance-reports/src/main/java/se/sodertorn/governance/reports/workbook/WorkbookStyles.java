package se.sodertorn.governance.reports.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of one workbook, created once and shared by all its cells; use them only in the workbook they
 * were created for. The {@code total…} styles have a thin top border and bold figures.
 */
public final class WorkbookStyles {

    /** SEK with the locale's thousands separator: "1 234 567 kr" in Swedish Excel. */
    public static final String SEK_FORMAT = "#,##0 \"kr\"";
    public static final String DATE_FORMAT = "yyyy-mm-dd";
    public static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";
    /** Whole numbers with the locale's thousands separator: "101 234" in Swedish Excel. */
    public static final String GROUPED_FORMAT = "#,##0";
    public static final String TWO_DECIMALS_FORMAT = "0.00";

    public final TextStyle title;
    public final TextStyle label;
    public final TextStyle text;
    public final TextStyle wrapped;
    public final TextStyle heading;
    public final TextStyle totalLabel;
    public final CellStyle date;
    public final CellStyle dateTime;
    public final CellStyle integer;
    public final CellStyle totalInteger;
    public final CellStyle grouped;
    public final CellStyle totalGrouped;
    public final CellStyle twoDecimals;
    public final CellStyle totalTwoDecimals;
    public final CellStyle percent;
    public final CellStyle totalPercent;
    public final CellStyle sek;
    public final CellStyle totalSek;

    private final Workbook workbook;

    public WorkbookStyles(Workbook workbook) {
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
        grouped = style(GROUPED_FORMAT, null, false);
        totalGrouped = total(style(GROUPED_FORMAT, bold, false));
        twoDecimals = style(TWO_DECIMALS_FORMAT, null, false);
        totalTwoDecimals = total(style(TWO_DECIMALS_FORMAT, bold, false));
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
