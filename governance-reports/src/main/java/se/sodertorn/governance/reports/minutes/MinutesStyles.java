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
    /** The text of an action item that has a details line under it: kept on the page with that line. */
    static final String ACTION = "MinutesAction";
    /** The small muted line under an action item: responsible, due, closed at the meeting. */
    static final String ACTION_DETAILS = "MinutesActionDetails";

    /** Twips (1/1440 inch) where the facts' values start: 4 cm. */
    static final int VALUE_TAB = 2268;
    /** Where the participants' organisations start: 9 cm. */
    static final int ORGANISATION_TAB = 5103;
    /** How far decisions are indented: 1 cm. */
    static final int DECISION_INDENT = 567;
    /** The size of the action items' details line in half-points: 9 pt. */
    static final int DETAILS_SIZE = 18;
    /** The dark grey of the action items' details line. */
    static final String MUTED_COLOUR = "595959";

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
        styles.addStyle(action());
        styles.addStyle(actionDetails());
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

    private static XWPFStyle action() {
        CTStyle style = basedOnNormal(ACTION, "Uppdragstext");
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewSpacing().setAfter(BigInteger.ZERO);
        return new XWPFStyle(style);
    }

    private static XWPFStyle actionDetails() {
        CTStyle style = basedOnNormal(ACTION_DETAILS, "Uppdragsuppgifter");
        CTRPr run = style.addNewRPr();
        run.addNewSz().setVal(BigInteger.valueOf(DETAILS_SIZE));
        run.addNewColor().setVal(MUTED_COLOUR);
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
