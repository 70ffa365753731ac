package se.sodertorn.governance.reports.minutes;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

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
        CooperationDocument.write(FrontMatter.title(report), report.secretary(), (document, paragraphs) -> {
            FrontMatter.write(paragraphs, report);
            report.items().forEach(item -> ItemSection.write(paragraphs, item));
            SignatureBlock.addTo(document, report.secretary(), report.adjuster());
            CorrectionSection.write(paragraphs, report.corrections());
        }, out);
    }
}
