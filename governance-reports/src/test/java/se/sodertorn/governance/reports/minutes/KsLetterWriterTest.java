package se.sodertorn.governance.reports.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

class KsLetterWriterTest {

    private static List<String> paragraphs(KsLetter letter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new KsLetterWriter().write(letter, out);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals("Till Kommunstyrelsen i " + letter.municipality() + " kommun: " + letter.subject(),
                    document.getProperties().getCoreProperties().getTitle());
            return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        }
    }

    @Test
    void aLetterAddressesItsBoardWithTheDecisionItsChainTheMoneyAndAProposal() throws IOException {
        KsLetter letter = new KsLetter("Salem", LocalDate.of(2023, 1, 20), "Samverkan BioDrivÖst etapp 2",
                "Södertörnskommunernas samarbetskommitté", "SSK", LocalDate.of(2023, 1, 12), 4,
                "Samarbetskommittén beslutar att gå vidare med etapp 2.",
                List.of("Södertörnskommunernas ledningsgrupp rekommenderade beslutet den 2022-12-02.",
                        "Södertörnskommunernas samarbetskommitté beslutade den 2023-01-12."),
                "Salems bidrag enligt budgeten för 2023: 312 000 kr (4,2 % av kommunernas bidrag).",
                "Helene Olofsson");
        assertEquals(List.of(
                "Tjänsteskrivelse",
                "Datum\t20 januari 2023",
                "Till\tKommunstyrelsen i Salem kommun",
                "Ärende: Samverkan BioDrivÖst etapp 2",
                "Södertörnskommunernas samarbetskommitté beslutade den 12 januari 2023 (punkt 4):",
                "Samarbetskommittén beslutar att gå vidare med etapp 2.",
                "Beslutsgång",
                "Södertörnskommunernas ledningsgrupp rekommenderade beslutet den 2022-12-02.",
                "Södertörnskommunernas samarbetskommitté beslutade den 2023-01-12.",
                "Vad beslutet betyder för Salem",
                "Salems bidrag enligt budgeten för 2023: 312 000 kr (4,2 % av kommunernas bidrag).",
                "Förslag till beslut",
                "Kommunstyrelsen i Salem kommun antar SSK:s beslut den 12 januari 2023 om Samverkan BioDrivÖst etapp 2.",
                "Kontakt\tHelene Olofsson"), paragraphs(letter));
    }

    @Test
    void withoutMoneyOrChainThoseHeadingsAreLeftOut() throws IOException {
        List<String> texts = paragraphs(new KsLetter("Nykvarn", LocalDate.of(2023, 2, 1), "SUP 2040",
                "Södertörnskommunernas samarbetskommitté", "SSK", LocalDate.of(2023, 1, 12), 4, "Beslut.", null,
                null, null));
        assertFalse(texts.contains("Beslutsgång") || texts.contains("Vad beslutet betyder för Nykvarn"),
                texts.toString());
        assertEquals("Kontakt", texts.get(texts.size() - 1).strip());
    }
}
