package se.sodertorn.governance.reports.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

class MinutesActionItemsTest {

    private static final String MATTER = "Sammanställa kommunernas synpunkter på RUFS.";
    private static final String OTHER_MATTER = "Bjuda in Region Stockholm till ett kommande möte.";
    private static final String UNKNOWN_MATTER = "Följa upp samarbetsytan i Teams.";

    private XWPFDocument document;
    private List<String> texts;

    @BeforeEach
    void write() throws IOException {
        document = MinutesSamples.read(MinutesSamples.seedMeeting());
        texts = MinutesDocumentWriterTest.texts(document);
    }

    @AfterEach
    void close() throws IOException {
        document.close();
    }

    @Test
    void actionItemsStandUnderTheirItemWithResponsibleAndDue() {
        List<String> meetings = section(document, "4. Kommande möten");
        assertEquals(List.of(
                "- Upplägg Södertörnskonferensen 2023",
                "Uppdrag",
                MinutesSamples.INVITATIONS_ACTION,
                "Ansvarig: Helene Olofsson · Klart till: 2022-12-16",
                MinutesSamples.CONFERENCE_DATE_ACTION,
                "Ansvarig: Helene Olofsson"), meetings.subList(meetings.size() - 6, meetings.size()),
                "the notes, then the action items given at the item");
        assertEquals("5. Verksamhetsplan och budget", texts.get(texts.indexOf("4. Kommande möten") + meetings.size()));
        assertEquals(List.of(
                "8. Södertörnskonferensen",
                "Helene Olofsson redovisar justerat förslag till upplägg för Södertörnskonferensen 2023.",
                "Beslut",
                MinutesSamples.CONFERENCE_DECISION,
                "Uppdrag",
                MinutesSamples.CONFERENCE_PLAN_ACTION,
                "Klart till: januari 2023"), section(document, "8. Södertörnskonferensen"),
                "the decision, then the action item without a responsible person");
        assertEquals(2, texts.stream().filter("Uppdrag"::equals).count(), "only items that gave action items");
    }

    @Test
    void actionItemsHaveAHeadingAndTheirDetailsAreSmallAndMuted() {
        XWPFParagraph heading = paragraph("Uppdrag");
        assertEquals(MinutesStyles.HEADING_2, heading.getStyle());
        assertTrue(heading.getRuns().stream().allMatch(XWPFRun::isBold));
        assertEquals(MinutesStyles.ACTION, paragraph(MinutesSamples.INVITATIONS_ACTION).getStyle());
        assertEquals(MinutesStyles.ACTION_DETAILS,
                paragraph("Ansvarig: Helene Olofsson · Klart till: 2022-12-16").getStyle());
        CTStyle action = document.getStyles().getStyle(MinutesStyles.ACTION).getCTStyle();
        assertTrue(action.getPPr().isSetKeepNext(), "a task stays on the page of its details");
        CTStyle details = document.getStyles().getStyle(MinutesStyles.ACTION_DETAILS).getCTStyle();
        assertEquals(BigInteger.valueOf(MinutesStyles.DETAILS_SIZE), details.getRPr().getSzArray(0).getVal());
        assertEquals(MinutesStyles.MUTED_COLOUR, details.getRPr().getColorArray(0).xgetVal().getStringValue());
        assertTrue(MinutesStyles.DETAILS_SIZE < 22, "smaller than the 11 pt body text");
    }

    @Test
    void outstandingMattersShowResponsibleAndDue() {
        assertEquals(List.of(
                "3. Utestående ärenden och föregående möten",
                "Helene Olofsson går igenom alla utestående ärenden från ledningsgruppens möten under 2022. De som "
                        + "återstår är:",
                matter(0),
                "Ansvarig: Helene Olofsson · Klart till: början av 2023",
                matter(1),
                "Ansvarig: Helene Olofsson · Klart till: våren 2023",
                matter(2),
                "Ansvarig: Helene Olofsson",
                matter(3),
                "Ansvarig: Magnus Gyllestad · Klart till: början av 2023"),
                section(document, "3. Utestående ärenden och föregående möten"));
        assertFalse(texts.stream().anyMatch(text -> text.contains("Avslutat")), "all four remain open");
    }

    @Test
    void mattersClosedAtTheMeetingSaySoAndUnknownPartsAreLeftOut() throws IOException {
        Item matters = new Item(3, "Utestående ärenden och föregående möten", null, List.of(
                new ActionLine(MATTER, "Helene Olofsson", "början av 2023", true),
                new ActionLine(OTHER_MATTER, null, null, true),
                new ActionLine(UNKNOWN_MATTER, null, null, false),
                new ActionLine(" ", "Helene Olofsson", "våren 2023", true)), null, null);
        Item next = new Item(4, "Övriga frågor", null, null, null,
                List.of(new ActionLine(UNKNOWN_MATTER, " ", "2023-03-31", false)));
        try (XWPFDocument closed = MinutesSamples.read(MinutesSamples.draftWith(matters, next))) {
            assertEquals(List.of(
                    "3. Utestående ärenden och föregående möten",
                    MATTER,
                    "Ansvarig: Helene Olofsson · Klart till: början av 2023 · Avslutat vid mötet",
                    OTHER_MATTER,
                    "Avslutat vid mötet",
                    UNKNOWN_MATTER), section(closed, "3. Utestående ärenden och föregående möten"));
            assertEquals(List.of("4. Övriga frågor", "Uppdrag", UNKNOWN_MATTER, "Klart till: 2023-03-31"),
                    section(closed, "4. Övriga frågor"));
            XWPFParagraph unknown = closed.getParagraphs().stream()
                    .filter(paragraph -> UNKNOWN_MATTER.equals(paragraph.getText())).findFirst().orElseThrow();
            assertEquals(MinutesStyles.NORMAL, unknown.getStyle(),
                    "a matter with no details is plain text, not kept with the next one");
            String extracted;
            try (XWPFWordExtractor extractor = new XWPFWordExtractor(closed)) {
                extracted = extractor.getText();
            }
            assertFalse(extracted.contains("null"), extracted);
            assertFalse(extracted.contains("Ansvarig: \n") || extracted.contains("Ansvarig:  "), extracted);
        }
    }

    @Test
    void theWholeDocumentReadsItemByItem() throws IOException {
        String extracted;
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            extracted = extractor.getText();
        }
        int item4 = extracted.indexOf("4. Kommande möten");
        int invitations = extracted.indexOf(MinutesSamples.INVITATIONS_ACTION + "\nAnsvarig: Helene Olofsson · "
                + "Klart till: 2022-12-16\n");
        int item5 = extracted.indexOf("5. Verksamhetsplan och budget");
        assertTrue(item4 >= 0 && item4 < invitations && invitations < item5, extracted);
        assertTrue(extracted.indexOf("Justeras") > extracted.indexOf("10. Nästa möte"), "signatures last");
    }

    /** @return the texts of the item with the heading: the heading, then every paragraph up to the next item */
    private static List<String> section(XWPFDocument document, String heading) {
        List<XWPFParagraph> paragraphs = document.getParagraphs();
        int start = MinutesDocumentWriterTest.texts(document).indexOf(heading);
        assertTrue(start >= 0, heading);
        int end = start + 1;
        while (end < paragraphs.size() && !MinutesStyles.HEADING_1.equals(paragraphs.get(end).getStyle())) {
            end++;
        }
        return paragraphs.subList(start, end).stream().map(XWPFParagraph::getText).toList();
    }

    private static String matter(int index) {
        return MinutesSamples.OUTSTANDING.get(index).text();
    }

    private XWPFParagraph paragraph(String text) {
        return document.getParagraphs().stream().filter(p -> text.equals(p.getText())).findFirst().orElseThrow();
    }
}
