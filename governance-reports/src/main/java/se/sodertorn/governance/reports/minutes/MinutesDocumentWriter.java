package se.sodertorn.governance.reports.minutes;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes minutes as a Word document (DOCX) shaped like the cooperation's own minutes: the page header with the
 * organisation, the title and status line, time, place and participants, the numbered items with their outstanding
 * matters, decisions and action items, the signature block (kept on the page of the text before it) and any
 * corrections. Instances hold no state and may be shared.
 */
public final class MinutesDocumentWriter {

    /**
     * @param report the minutes
     * @param out    where the document goes; not closed
     * @throws IOException when writing fails
     */
    public void write(MinutesReport report, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        try (XWPFDocument document = new XWPFDocument()) {
            MinutesStyles.addTo(document);
            PageFrame.addTo(document);
            Paragraphs paragraphs = new Paragraphs(document);
            FrontMatter.write(paragraphs, report);
            report.items().forEach(item -> ItemSection.write(paragraphs, item));
            SignatureBlock.addTo(document, report.secretary(), report.adjuster());
            CorrectionSection.write(paragraphs, report.corrections());
            POIXMLProperties.CoreProperties properties = document.getProperties().getCoreProperties();
            properties.setTitle(FrontMatter.title(report));
            properties.setCreator(CleanText.line(report.secretary()));
            document.write(out);
        }
    }
}
