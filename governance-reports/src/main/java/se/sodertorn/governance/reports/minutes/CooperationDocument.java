package se.sodertorn.governance.reports.minutes;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A Word document in the cooperation's look, as the minutes and the agenda are written: its styles and page frame
 * (header with the organisation, page numbers), the body a writer fills, and the title and author in the
 * document's properties.
 */
final class CooperationDocument {

    private CooperationDocument() {
    }

    /**
     * @param title   the document's title, for its properties
     * @param creator who wrote it (the secretary), or {@code null}
     * @param body    writes the body, given the document and its paragraph writer
     * @param out     where the document goes; not closed
     */
    static void write(String title, String creator, BiConsumer<XWPFDocument, Paragraphs> body, OutputStream out)
            throws IOException {
        Objects.requireNonNull(out, "out");
        try (XWPFDocument document = new XWPFDocument()) {
            MinutesStyles.addTo(document);
            PageFrame.addTo(document);
            body.accept(document, new Paragraphs(document));
            POIXMLProperties.CoreProperties properties = document.getProperties().getCoreProperties();
            properties.setTitle(title);
            properties.setCreator(CleanText.line(creator));
            document.write(out);
        }
    }
}
