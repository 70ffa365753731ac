package se.sodertorn.governance.reports.minutes;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabs;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * The paragraph styles of the minutes. Headings use Word's built-in style ids ({@code Title}, {@code Heading1},
 * {@code Heading2}), so Word shows them as its own localised headings and lists them in the navigation pane.
 */
final class MinutesStyles {

    static final String NORMAL = "Normal";
    static final String TITLE = "Title";
    /** Item titles, "Rättelser". */
    static final String HEADING_1 = "Heading1";
    /** "Beslut". */
    static final String HEADING_2 = "Heading2";
    /** "Tid", "Plats" and the participant lists: a label, then tab-separated columns. */
    static final String FACTS = "MinutesFacts";
    static final String DECISION = "MinutesDecision";
    static final String STATUS = "MinutesStatus";

    /** Twips (1/1440 inch) where the facts' values start: 4 cm. */
    static final int VALUE_TAB = 2268;
    /** Where the participants' organisations start: 9 cm. */
    static final int ORGANISATION_TAB = 5103;
    /** How far decisions are indented: 1 cm. */
    static final int DECISION_INDENT = 567;

    private MinutesStyles() {
    }

    static void addTo(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii("Calibri");
        fonts.setHAnsi("Calibri");
        fonts.setCs("Calibri");
        styles.setDefaultFonts(fonts);
        styles.setSpellingLanguage("sv-SE");
        styles.addStyle(normal());
        styles.addStyle(title());
        styles.addStyle(heading(HEADING_1, "heading 1", 26, 0));
        styles.addStyle(heading(HEADING_2, "heading 2", 22, 1));
        styles.addStyle(facts());
        styles.addStyle(decision());
        styles.addStyle(status());
    }

    private static XWPFStyle normal() {
        CTStyle style = style(NORMAL, "Normal");
        style.setDefault(true);
        style.addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(120));
        style.addNewRPr().addNewSz().setVal(BigInteger.valueOf(22));
        return new XWPFStyle(style);
    }

    private static XWPFStyle title() {
        CTStyle style = basedOnNormal(TITLE, "Title");
        style.addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(240));
        bold(style, 36);
        return new XWPFStyle(style);
    }

    private static XWPFStyle heading(String id, String name, int halfPoints, int outlineLevel) {
        CTStyle style = basedOnNormal(id, name);
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
        paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        bold(style, halfPoints);
        return new XWPFStyle(style);
    }

    private static void bold(CTStyle style, int halfPoints) {
        CTRPr run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    }

    private static XWPFStyle facts() {
        CTStyle style = basedOnNormal(FACTS, "Mötesuppgifter");
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewSpacing().setAfter(BigInteger.ZERO);
        CTTabs tabs = paragraph.addNewTabs();
        for (int position : new int[] {VALUE_TAB, ORGANISATION_TAB}) {
            CTTabStop tab = tabs.addNewTab();
            tab.setVal(STTabJc.LEFT);
            tab.setPos(BigInteger.valueOf(position));
        }
        return new XWPFStyle(style);
    }

    private static XWPFStyle decision() {
        CTStyle style = basedOnNormal(DECISION, "Beslutstext");
        style.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(DECISION_INDENT));
        return new XWPFStyle(style);
    }

    private static XWPFStyle status() {
        CTStyle style = basedOnNormal(STATUS, "Justeringsstatus");
        style.addNewRPr().addNewI();
        return new XWPFStyle(style);
    }

    private static CTStyle basedOnNormal(String id, String name) {
        CTStyle style = style(id, name);
        style.addNewBasedOn().setVal(NORMAL);
        style.addNewNext().setVal(NORMAL);
        return style;
    }

    private static CTStyle style(String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        return style;
    }
}
