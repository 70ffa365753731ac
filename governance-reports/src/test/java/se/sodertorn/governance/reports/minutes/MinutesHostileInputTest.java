package se.sodertorn.governance.reports.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

class MinutesHostileInputTest {

    private static final String DIRTY = "Röd\u0000 text\u0007\u001B[31m\uD800 slut\uFFFF \uD83D\uDE00 '{0}'";

    @Test
    void nullsAndControlCharactersDoNotBreakTheDocument() throws IOException {
        List<String> decisions = new ArrayList<>(Arrays.asList(null, " \n ", "Beslut\r\nmed radbrytning"));
        MinutesReport report = new MinutesReport(null, LocalDateTime.of(2023, 2, 10, 8, 30), null, null,
                Arrays.asList(new Attendee(null, null, null), null, new Attendee(DIRTY, null, "ordförande")), null,
                null, List.of(new Item(1, null, null, null, null, null), new Item(2, DIRTY, DIRTY + "\r\n\r\nandra",
                        Arrays.asList(new ActionLine(DIRTY, DIRTY, DIRTY, false), null), decisions,
                        Arrays.asList(new ActionLine(DIRTY, null, " ", false), new ActionLine(" \n ", DIRTY, DIRTY,
                                true), null))),
                null, null, MinutesState.PUBLISHED, null, Arrays.asList(new Correction(null, null, null), null));
        try (XWPFDocument document = MinutesSamples.read(report)) {
            List<String> texts = MinutesDocumentWriterTest.texts(document);
            String clean = "Röd text[31m slut 😀 '{0}'";
            assertEquals("Minnesanteckningar från", texts.get(0));
            assertEquals("Minnesanteckningar från", document.getProperties().getCoreProperties().getTitle());
            assertEquals("Justerat", texts.get(1));
            assertEquals("Tid\tFredagen den 10 februari 2023 kl 8.30", texts.get(2));
            assertTrue(texts.contains("\t" + clean + "\tordförande"), texts.toString());
            assertTrue(texts.contains("Ej närvarande"));
            assertTrue(texts.containsAll(List.of("1.", "2. " + clean, "andra", "Beslut")), texts.toString());
            assertEquals(1, texts.stream().filter("Beslut"::equals).count(), "blank decisions are left out");
            assertTrue(texts.contains("Beslut\nmed radbrytning"));
            assertEquals(3, texts.stream().filter(clean::equals).count(), "notes, matter and action item");
            int notesEnd = texts.indexOf("andra");
            assertEquals(List.of(clean, "Ansvarig: " + clean + " · Klart till: " + clean),
                    texts.subList(notesEnd + 1, notesEnd + 3), "the matter, then its details");
            assertEquals(List.of("Uppdrag", clean), texts.subList(texts.size() - 4, texts.size() - 2),
                    "an action item without text is left out, and so is an empty details line");
            assertEquals("Rättelser", texts.get(texts.size() - 2));
            assertEquals("", texts.get(texts.size() - 1));
            assertTrue(document.getTables().get(0).getText().contains("Vid anteckningarna"));
            assertFalse(Stream.concat(texts.stream(), Stream.of(document.getTables().get(0).getText()))
                    .flatMapToInt(String::codePoints).anyMatch(MinutesHostileInputTest::unfit));
            assertNull(document.getProperties().getCoreProperties().getCreator());
            assertTrue(document.getDocument().validate(), "still valid WordprocessingML");
        }
    }

    /** @return whether the code point is a control character other than tab and line feed, or not fit for XML */
    private static boolean unfit(int codePoint) {
        return codePoint < ' ' && codePoint != '\t' && codePoint != '\n' || codePoint == 0xFFFF
                || Character.getType(codePoint) == Character.SURROGATE;
    }

    @Test
    void paragraphsSplitOnBlankLinesAndKeepSingleBreaks() {
        assertEquals(List.of(List.of("a", "b"), List.of("c")),
                CleanText.paragraphs("  a  \r\nb\r\n \t \r\n\n\rc\n\n"));
        assertEquals(List.of(), CleanText.paragraphs(null));
        assertEquals("a b", CleanText.line(" a\n\tb\u0085 "));
        assertEquals("Haninge, ordförande", CleanText.joined("Haninge", null, " ", "ordförande"));
    }

    @Test
    void allParagraphsOfTheDirtyTextAreWritten() throws IOException {
        Item item = new Item(1, "Välkommen", "ett\u0000\n\ntvå", null, null, null);
        try (XWPFDocument document = MinutesSamples.read(MinutesSamples.draftWith(item))) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            assertEquals(List.of("1. Välkommen", "ett", "två"), paragraphs.subList(paragraphs.size() - 3,
                    paragraphs.size()).stream().map(XWPFParagraph::getText).toList());
        }
    }
}
