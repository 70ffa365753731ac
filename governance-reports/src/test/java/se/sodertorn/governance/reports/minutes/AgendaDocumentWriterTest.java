package se.sodertorn.governance.reports.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

class AgendaDocumentWriterTest {

    private static final AgendaReport AGENDA = new AgendaReport("Södertörnskommunernas ledningsgrupp",
            LocalDateTime.of(2022, 12, 2, 8, 30), LocalDateTime.of(2022, 12, 2, 10, 30), "Huddinge kommunhus",
            "Helene Olofsson", List.of(
                    Item.onAgenda(1, "Välkommen", List.of()),
                    Item.onAgenda(2, "Mötesplan 2023", List.of("2.1 Förslag till mötesplan (forslag.pdf)",
                            "2.2 Kalender (kalender.xlsx)")),
                    Item.onAgenda(3, "Övrigt", null)));

    private static byte[] written(AgendaReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AgendaDocumentWriter().write(report, out);
        return out.toByteArray();
    }

    @Test
    void theAgendaHasTitleTimePlaceAndEachItemWithItsPapersUnderBilagor() throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(written(AGENDA)))) {
            assertEquals(List.of(
                    "Dagordning för Södertörnskommunernas ledningsgrupp",
                    "Tid\tFredagen den 2 december 2022 kl 8.30–10.30",
                    "Plats\tHuddinge kommunhus",
                    "1. Välkommen",
                    "2. Mötesplan 2023",
                    "Bilagor",
                    "2.1 Förslag till mötesplan (forslag.pdf)",
                    "2.2 Kalender (kalender.xlsx)",
                    "3. Övrigt"), document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertEquals("Dagordning för Södertörnskommunernas ledningsgrupp",
                    document.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void everyPaperLineIsInTheDocumentAsAPlainXmlReaderSeesIt() throws IOException {
        String xml = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(written(AGENDA)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertTrue(xml != null && xml.contains(">2.1 Förslag till mötesplan (forslag.pdf)<")
                && xml.contains(">2.2 Kalender (kalender.xlsx)<"), "both papers of item 2");
    }

    @Test
    void minutesListAnItemsPapersUnderItsHeading() throws IOException {
        MinutesReport report = MinutesSamples.draftWith(new Item(4, "Mötesplan", "Diskuterades.", List.of(),
                List.of("Ledningsgruppen beslutade att godkänna mötesplanen."), List.of(),
                List.of("4.1 Förslag till mötesplan (forslag.pdf)")));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(MinutesSamples.docx(report)))) {
            List<String> texts = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            int heading = texts.indexOf("4. Mötesplan");
            assertEquals(List.of("4. Mötesplan", "Bilagor", "4.1 Förslag till mötesplan (forslag.pdf)",
                    "Diskuterades."), texts.subList(heading, heading + 4));
        }
    }
}
