package se.sodertorn.governance.reports.workbook;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A text cell style and its quote-prefixed twin, for text that would otherwise look like a formula.
 *
 * @param plain   the style for ordinary text
 * @param guarded the same style with the quote prefix set
 */
public record TextStyle(CellStyle plain, CellStyle guarded) {

    static TextStyle of(Workbook workbook, CellStyle plain) {
        CellStyle guarded = workbook.createCellStyle();
        guarded.cloneStyleFrom(plain);
        guarded.setQuotePrefixed(true);
        return new TextStyle(plain, guarded);
    }
}
