package se.sodertorn.governance.reports.minutes;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes a meeting's agenda as a Word document (DOCX) in the look of the minutes: the page header, the title
 * "Dagordning för …", "Tid" and "Plats", then each numbered item with its papers under "Bilagor", as they are
 * numbered in the meeting pack. Instances hold no state and may be shared.
 */
public final class AgendaDocumentWriter {

    /**
     * @param report the agenda
     * @param out    where the document goes; not closed
     * @throws IOException when writing fails
     */
    public void write(AgendaReport report, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        String title = MinutesTexts.format("agenda.title", CleanText.line(report.bodyName())).strip();
        CooperationDocument.write(title, report.secretary(), (document, paragraphs) -> {
            paragraphs.line(MinutesStyles.TITLE, title);
            paragraphs.facts(MinutesTexts.get("label.time"), MeetingTime.of(report.start(), report.end()));
            paragraphs.facts(MinutesTexts.get("label.place"), report.place());
            for (Item item : report.items()) {
                paragraphs.heading(MinutesStyles.HEADING_1, MinutesTexts.format("item.heading",
                        String.valueOf(item.number()), CleanText.line(item.title())));
                ItemSection.papers(paragraphs, item);
            }
        }, out);
    }
}
