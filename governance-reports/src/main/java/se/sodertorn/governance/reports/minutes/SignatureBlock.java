package se.sodertorn.governance.reports.minutes;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;

/**
 * The signature block after the items: a borderless two-column table with "Vid anteckningarna" and "Justeras" in
 * bold, and beneath them, with room to sign, the secretary's and the adjuster's names. It never stands alone on a
 * page: the last item's heading and the last paragraph before the block are kept with it, its rows do not split and
 * its first row is kept with the names.
 */
final class SignatureBlock {

    /** Twips above the headings, and above the names to sign on. */
    private static final int SPACE = 720;
    private static final String AUTO = "auto";

    private SignatureBlock() {
    }

    static void addTo(XWPFDocument document, String secretary, String adjuster) {
        keepLeadInWithBlock(document.getParagraphs());
        XWPFTable table = document.createTable(2, 2);
        table.setWidth("100%");
        CTTblGrid grid = table.getCTTbl().addNewTblGrid();
        grid.addNewGridCol().setW(BigInteger.valueOf(PageFrame.TEXT_WIDTH / 2));
        grid.addNewGridCol().setW(BigInteger.valueOf(PageFrame.TEXT_WIDTH / 2));
        borderless(table);
        heading(table.getRow(0).getCell(0), MinutesTexts.get("signature.secretary"));
        heading(table.getRow(0).getCell(1), MinutesTexts.get("signature.adjuster"));
        name(table.getRow(1).getCell(0), secretary);
        name(table.getRow(1).getCell(1), adjuster);
        table.getRows().forEach(row -> row.setCantSplitRow(true));
        keepWithNextRow(table.getRow(0));
    }

    /** Keeps the last paragraph, and the heading of the item it ends, with what follows: the block. */
    private static void keepLeadInWithBlock(List<XWPFParagraph> paragraphs) {
        if (paragraphs.isEmpty()) {
            return;
        }
        paragraphs.get(paragraphs.size() - 1).setKeepNext(true);
        paragraphs.stream().filter(paragraph -> MinutesStyles.HEADING_1.equals(paragraph.getStyle()))
                .reduce((first, second) -> second).ifPresent(heading -> heading.setKeepNext(true));
    }

    private static void keepWithNextRow(XWPFTableRow row) {
        row.getTableCells().forEach(cell -> cell.getParagraphs().forEach(paragraph -> paragraph.setKeepNext(true)));
    }

    private static void borderless(XWPFTable table) {
        table.setTopBorder(XWPFBorderType.NONE, 0, 0, AUTO);
        table.setBottomBorder(XWPFBorderType.NONE, 0, 0, AUTO);
        table.setLeftBorder(XWPFBorderType.NONE, 0, 0, AUTO);
        table.setRightBorder(XWPFBorderType.NONE, 0, 0, AUTO);
        table.setInsideHBorder(XWPFBorderType.NONE, 0, 0, AUTO);
        table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, AUTO);
    }

    private static void heading(XWPFTableCell cell, String text) {
        cell.setWidth("50%");
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setSpacingBefore(SPACE);
        Paragraphs.bold(paragraph, text);
    }

    private static void name(XWPFTableCell cell, String name) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setSpacingBefore(SPACE);
        paragraph.createRun().setText(CleanText.line(name));
    }
}
