package se.sodertorn.governance.reports.minutes;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Adds styled paragraphs to the body of the minutes. All user text goes through {@link CleanText}; tabs and line
 * breaks are written as Word's own tab and break elements, each in a run of its own.
 */
final class Paragraphs {

    private final XWPFDocument document;

    Paragraphs(XWPFDocument document) {
        this.document = document;
    }

    /** Adds one paragraph holding the text on one line. */
    XWPFParagraph line(String style, String text) {
        XWPFParagraph paragraph = paragraph(style);
        paragraph.createRun().setText(CleanText.line(text));
        return paragraph;
    }

    /** Adds a heading paragraph: the style, and the text on one line in bold. */
    XWPFParagraph heading(String style, String text) {
        XWPFParagraph paragraph = paragraph(style);
        bold(paragraph, text);
        return paragraph;
    }

    /** Adds the text's paragraphs (separated by blank lines), keeping single line breaks; nothing when blank. */
    void text(String style, String text) {
        for (List<String> lines : CleanText.paragraphs(text)) {
            fill(paragraph(style), lines);
        }
    }

    /** Adds a line of the facts style: the label (may be empty, not {@code null}), then each column after a tab. */
    XWPFParagraph facts(String label, String... columns) {
        XWPFParagraph paragraph = paragraph(MinutesStyles.FACTS);
        if (!label.isEmpty()) {
            paragraph.createRun().setText(CleanText.line(label));
        }
        for (String column : columns) {
            paragraph.createRun().addTab();
            paragraph.createRun().setText(CleanText.line(column));
        }
        return paragraph;
    }

    /** Writes the lines into the paragraph, with a line break between them. */
    static void fill(XWPFParagraph paragraph, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                paragraph.createRun().addBreak();
            }
            paragraph.createRun().setText(lines.get(i));
        }
    }

    /** Adds a bold run with the text on one line. */
    static XWPFRun bold(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        run.setBold(true);
        run.setText(CleanText.line(text));
        return run;
    }

    private XWPFParagraph paragraph(String style) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        return paragraph;
    }
}
