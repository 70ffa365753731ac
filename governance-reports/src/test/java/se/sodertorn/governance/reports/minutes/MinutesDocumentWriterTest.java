package se.sodertorn.governance.reports.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MinutesDocumentWriterTest {

    private XWPFDocument document;
    private List<String> texts;

    @BeforeEach
    void write() throws IOException {
        document = MinutesSamples.read(MinutesSamples.seedMeeting());
        texts = texts(document);
    }

    @AfterEach
    void close() throws IOException {
        document.close();
    }

    @Test
    void topHasTheHeaderTitleStatusTimePlaceAndParticipants() {
        assertEquals(List.of("SÖDERTÖRNSKOMMUNERNA SAMVERKAR", "www.sodertornskommunerna.se"),
                document.getHeaderList().get(0).getParagraphs().stream().map(XWPFParagraph::getText).toList());
        assertEquals(List.of(
                "Minnesanteckningar från Södertörnskommunernas ledningsgrupp",
                "Utkast – ej justerat",
                "Tid\tFredagen den 2 december 2022 kl 8.30–10.30",
                "Plats\tHuddinge kommunhus, lokal Valhall",
                "Deltagare\tMagnus Gyllestad\tHaninge, ordförande",
                "\tCamilla Broo\tHuddinge",
                "\tFrida Nilsson\tNykvarn",
                "\tPetra Kålbäck\tNynäshamn",
                "\tStefan Hollmark\tSödertälje",
                "\tHelene Olofsson\tSödertörnskommunerna",
                "Ej närvarande\tLeif Eriksson\tBotkyrka",
                "\tMats Bergström\tSalem",
                "\tCynthia Runefjärd\tTyresö",
                "1. Välkommen"), texts.subList(0, 14));
        assertEquals("Title", document.getParagraphs().get(0).getStyle());
        assertEquals(MinutesStyles.FACTS, document.getParagraphs().get(2).getStyle());
        assertFalse(texts.stream().anyMatch(text -> text.startsWith("Gäster")), "no guests, no section");
    }

    @Test
    void itemsFollowInOrderWithNotesMattersDecisionsAndActionItems() {
        List<String> expected = new ArrayList<>();
        for (Item item : MinutesSamples.items()) {
            expected.add(item.number() + ". " + item.title());
            expected.addAll(Arrays.asList(item.notes().strip().split("\n\n")));
            item.outstandingMatters().forEach(matter -> expected.addAll(List.of(matter.text(),
                    ActionLines.details(matter))));
            item.decisions().forEach(decision -> expected.addAll(List.of("Beslut", decision)));
            if (!item.actions().isEmpty()) {
                expected.add("Uppdrag");
            }
            item.actions().forEach(action -> expected.addAll(List.of(action.text(),
                    ActionLines.details(action))));
        }
        int first = texts.indexOf("1. Välkommen");
        assertEquals(expected, texts.subList(first, first + expected.size()));
        assertEquals(first + expected.size(), texts.size(), "nothing after the last item but the signatures");
        assertTrue(texts.contains("Mötesplan 2023\nHelene Olofsson går igenom det förslag till mötesplan för "
                + "ledningsgruppens möten och samarbetskommitténs sammanträden under år 2023 som skickats ut som "
                + "underlag. Förslaget är avstämt mot StorSthlms planerade möten."), "a single break stays a break");
        assertTrue(texts.containsAll(MinutesSamples.OUTSTANDING.stream().map(ActionLine::text).toList()));
    }

    @Test
    void itemTitlesAreHeadingsAndDecisionsAreSetApart() {
        List<XWPFParagraph> paragraphs = document.getParagraphs();
        List<String> headings = paragraphs.stream().filter(p -> MinutesStyles.HEADING_1.equals(p.getStyle()))
                .map(XWPFParagraph::getText).toList();
        assertEquals(MinutesSamples.items().stream().map(item -> item.number() + ". " + item.title()).toList(),
                headings);
        List<Integer> decisions = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if ("Beslut".equals(paragraphs.get(i).getText())) {
                decisions.add(i);
                XWPFParagraph heading = paragraphs.get(i);
                assertEquals(MinutesStyles.HEADING_2, heading.getStyle());
                assertTrue(heading.getRuns().stream().allMatch(XWPFRun::isBold));
                assertEquals(MinutesStyles.DECISION, paragraphs.get(i + 1).getStyle());
            }
        }
        assertEquals(3, decisions.size());
        assertEquals(List.of(MinutesSamples.CHAIR_DECISION, MinutesSamples.SUP_DECISION,
                MinutesSamples.CONFERENCE_DECISION), decisions.stream().map(i -> texts.get(i + 1)).toList());
        assertEquals(List.of("6. Förslag ordförande och vice ordförande för Samarbetskommittén år 2023",
                "7. Nytt utvecklingsprogram", "8. Södertörnskonferensen"),
                decisions.stream().map(this::itemOf).toList());
    }

    @Test
    void stylesAreRealHeadingsAndDecisionsAreIndented() {
        var styles = document.getStyles();
        for (String heading : List.of(MinutesStyles.HEADING_1, MinutesStyles.HEADING_2)) {
            var style = styles.getStyle(heading).getCTStyle();
            assertNotNull(style.getPPr().getOutlineLvl(), heading);
            assertEquals(1, style.getRPr().sizeOfBArray(), heading + " bold");
        }
        assertEquals("heading 1", styles.getStyle(MinutesStyles.HEADING_1).getName());
        assertEquals(BigInteger.valueOf(MinutesStyles.DECISION_INDENT),
                styles.getStyle(MinutesStyles.DECISION).getCTStyle().getPPr().getInd().getLeft());
    }

    @Test
    void signaturesAreABorderlessTableAfterTheItems() {
        assertEquals(1, document.getTables().size());
        XWPFTable table = document.getTables().get(0);
        assertEquals(List.of(List.of("Vid anteckningarna", "Justeras"), List.of("Helene Olofsson", "Camilla Broo")),
                table.getRows().stream().map(row -> row.getTableCells().stream().map(XWPFTableCell::getText).toList())
                        .toList());
        assertTrue(table.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold());
        for (XWPFBorderType border : List.of(table.getTopBorderType(), table.getBottomBorderType(),
                table.getLeftBorderType(), table.getRightBorderType(), table.getInsideHBorderType(),
                table.getInsideVBorderType())) {
            assertEquals(XWPFBorderType.NONE, border);
        }
        List<IBodyElement> body = document.getBodyElements();
        IBodyElement last = body.get(body.size() - 1);
        assertEquals(table, last);
        assertEquals("Magnus Gyllestad tackar, avslutar mötet och önskar god jul!",
                ((XWPFParagraph) body.get(body.size() - 2)).getText());
    }

    @Test
    void signaturesAreKeptOnThePageOfTheLastItem() {
        XWPFTable table = document.getTables().get(0);
        assertTrue(table.getRows().stream().allMatch(XWPFTableRow::isCantSplitRow), "no row splits across pages");
        assertTrue(table.getRow(0).getTableCells().stream().flatMap(cell -> cell.getParagraphs().stream())
                .allMatch(XWPFParagraph::isKeepNext), "the headings stay with the names");
        assertFalse(table.getRow(1).getCell(0).getParagraphs().get(0).isKeepNext());
        assertEquals(List.of("10. Nästa möte", "Magnus Gyllestad tackar, avslutar mötet och önskar god jul!"),
                document.getParagraphs().stream().filter(XWPFParagraph::isKeepNext).map(XWPFParagraph::getText)
                        .toList(), "the last item's heading and last paragraph lead into the signatures");
        String xml = table.getCTTbl().xmlText();
        assertEquals(2, xml.split("<w:cantSplit", -1).length - 1, xml);
    }

    @Test
    void footerNumbersPagesWithFields() {
        XWPFParagraph footer = document.getFooterList().get(0).getParagraphs().get(0);
        assertEquals("1 (1)", footer.getText());
        String xml = footer.getCTP().xmlText();
        assertTrue(xml.contains(" PAGE ") && xml.contains(" NUMPAGES "), xml);
    }

    @Test
    void partsAreValidAgainstTheWordprocessingMlSchema() throws Exception {
        List<XmlError> errors = new ArrayList<>();
        XmlOptions options = new XmlOptions().setErrorListener(errors);
        for (XmlObject part : List.of(document.getDocument(), document.getStyle(),
                document.getHeaderList().get(0)._getHdrFtr(), document.getFooterList().get(0)._getHdrFtr())) {
            assertTrue(part.validate(options), errors.toString());
        }
    }

    @Test
    void corePropertiesNameTheMinutesAndTheSecretary() {
        var properties = document.getProperties().getCoreProperties();
        assertEquals("Minnesanteckningar från Södertörnskommunernas ledningsgrupp", properties.getTitle());
        assertEquals("Helene Olofsson", properties.getCreator());
    }

    @Test
    void approvedMinutesShowTheApprovalGuestsAndCorrectionsAtTheEnd() throws IOException {
        try (XWPFDocument approved = MinutesSamples.read(MinutesSamples.approvedWithCorrection())) {
            List<String> all = texts(approved);
            assertEquals("Justerat 2022-12-09 av Camilla Broo", all.get(1));
            assertEquals(MinutesStyles.STATUS, approved.getParagraphs().get(1).getStyle());
            assertFalse(all.stream().anyMatch(text -> text.contains("ej justerat")));
            assertTrue(all.contains("Gäster\tAnna Andersson\tRegion Stockholm, föredragande"));
            assertEquals(List.of("Rättelser", "2022-12-14, Helene Olofsson",
                    "SSK-mötet i maj flyttas till torsdag 4 maj.", "Övriga datum gäller."),
                    all.subList(all.size() - 4, all.size()));
            List<IBodyElement> body = approved.getBodyElements();
            int table = body.indexOf(approved.getTables().get(0));
            assertEquals("Rättelser", ((XWPFParagraph) body.get(table + 1)).getText());
        }
    }

    @Test
    void minutesSentToTheAdjusterAreNotYetApproved() throws IOException {
        MinutesReport seed = MinutesSamples.seedMeeting();
        MinutesReport sent = new MinutesReport(seed.bodyName(), seed.start(), seed.end(), seed.place(),
                seed.present(), seed.absent(), seed.guests(), seed.items(), seed.secretary(), seed.adjuster(),
                MinutesState.SENT_TO_ADJUSTER, null, null);
        try (XWPFDocument document = MinutesSamples.read(sent)) {
            assertEquals("Skickat till justerare – ej justerat", document.getParagraphs().get(1).getText());
        }
    }

    /** @return the title of the item the paragraph belongs to */
    private String itemOf(int paragraph) {
        for (int i = paragraph; i >= 0; i--) {
            if (MinutesStyles.HEADING_1.equals(document.getParagraphs().get(i).getStyle())) {
                return texts.get(i);
            }
        }
        throw new AssertionError("no item above paragraph " + paragraph);
    }

    /** @return the texts of the body's paragraphs, in order (the table's cells not included) */
    static List<String> texts(XWPFDocument document) {
        return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }
}
