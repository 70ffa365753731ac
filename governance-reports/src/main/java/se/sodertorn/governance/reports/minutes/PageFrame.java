package se.sodertorn.governance.reports.minutes;

import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The page around the minutes: A4, a page header with the organisation and web address lines, and a footer with the
 * page number as "n (m)" from Word's PAGE and NUMPAGES fields.
 */
final class PageFrame {

    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    /** 2.5 cm. */
    private static final int MARGIN = 1418;
    /** Twips between the left and right margins. */
    static final int TEXT_WIDTH = A4_WIDTH - 2 * MARGIN;

    private PageFrame() {
    }

    static void addTo(XWPFDocument document) {
        page(document);
        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        Paragraphs.bold(header.createParagraph(), MinutesTexts.get("organisation"));
        header.createParagraph().createRun().setText(MinutesTexts.get("web"));
        XWPFParagraph number = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        number.setAlignment(ParagraphAlignment.RIGHT);
        field(number, "PAGE");
        number.createRun().setText(" (");
        field(number, "NUMPAGES");
        number.createRun().setText(")");
    }

    private static void page(XWPFDocument document) {
        CTBody body = document.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(MARGIN);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
        margins.setHeader(margin.divide(BigInteger.TWO));
        margins.setFooter(margin.divide(BigInteger.TWO));
        margins.setGutter(BigInteger.ZERO);
    }

    /** Writes a complex field whose shown value until Word updates it is "1". */
    private static void field(XWPFParagraph paragraph, String instruction) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        paragraph.createRun().getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        paragraph.createRun().setText("1");
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
