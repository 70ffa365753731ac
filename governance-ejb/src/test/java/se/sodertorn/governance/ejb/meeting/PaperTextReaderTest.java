package se.sodertorn.governance.ejb.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperTextReaderTest {

    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @TempDir
    Path dir;

    private Path pdf(String... pages) throws IOException {
        Path file = dir.resolve("paper.pdf");
        try (PDDocument document = new PDDocument()) {
            for (String text : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    @Test
    void readsTheTextOfEveryPageOfAPdfSwedishLettersIncluded() throws IOException {
        Optional<String> text = PaperTextReader.read(PDF, pdf("Förslag till mötesplan 2027", "Kansliet beslutade"));
        assertTrue(text.orElseThrow().contains("Förslag till mötesplan 2027"), text.toString());
        assertTrue(text.orElseThrow().contains("Kansliet beslutade"), text.toString());
    }

    @Test
    void readsTheParagraphsOfAWordDocument() throws IOException {
        Path file = dir.resolve("paper.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText("Tjänsteskrivelse om näringslivsfrågor");
            document.createParagraph().createRun().setText("Ledningsgruppen föreslår");
            document.write(out);
        }
        String text = PaperTextReader.read(DOCX, file).orElseThrow();
        assertTrue(text.contains("Tjänsteskrivelse om näringslivsfrågor") && text.contains("Ledningsgruppen föreslår"),
                text);
    }

    @Test
    void aDamagedFileOrAKindWithoutTextGivesNoTextAndNoError() throws IOException {
        Path broken = dir.resolve("broken.pdf");
        Files.writeString(broken, "%PDF-1.4 this is not really a PDF", StandardCharsets.US_ASCII);
        assertEquals(Optional.empty(), PaperTextReader.read(PDF, broken));
        assertEquals(Optional.empty(), PaperTextReader.read(DOCX, broken));
        assertEquals(Optional.empty(), PaperTextReader.read("image/png", broken));
        assertTrue(PaperTextReader.readable(PDF) && PaperTextReader.readable(DOCX));
        assertTrue(!PaperTextReader.readable("image/png") && !PaperTextReader.readable("application/vnd.ms-excel"));
    }
}
