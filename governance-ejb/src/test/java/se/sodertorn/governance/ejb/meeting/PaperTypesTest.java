package se.sodertorn.governance.ejb.meeting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.io.TikaInputStream;
import org.junit.jupiter.api.Test;

class PaperTypesTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
            'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};

    private static Optional<String> detect(byte[] file, String name) throws IOException {
        try (TikaInputStream in = TikaInputStream.get(new ByteArrayInputStream(file))) {
            Optional<String> type = PaperTypes.detect(in, name);
            assertArrayEquals(file, in.readAllBytes(), "the stream is back at its start");
            return type;
        }
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Förslag");
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Budget").createRow(0).createCell(0).setCellValue(1);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] oldOfficeFile() throws IOException {
        try (POIFSFileSystem file = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            file.createDocument(new ByteArrayInputStream(new byte[600]), "Innehåll");
            file.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    @Test
    void theContentDecidesWhateverTheNameSays() throws IOException {
        assertEquals(Optional.of("application/pdf"), detect(PDF, "handling.pdf"));
        assertEquals(Optional.of("application/pdf"), detect(PDF, "handling.docx"));
        assertEquals(Optional.of("application/pdf"), detect(PDF, null));
        assertEquals(Optional.of(DOCX), detect(docx(), "förslag.docx"));
        assertEquals(Optional.of(DOCX), detect(docx(), "förslag.pdf"));
        assertEquals(Optional.of(XLSX), detect(xlsx(), "budget"));
        assertEquals(Optional.of("image/png"), detect(PNG, "karta.jpg"));
    }

    @Test
    void theNameOnlyNarrowsAKindTheContentShowed() throws IOException {
        assertEquals(Optional.of("application/msword"), detect(oldOfficeFile(), "gammal.doc"));
        assertEquals(Optional.of("application/vnd.ms-excel"), detect(oldOfficeFile(), "gammal.xls"));
        byte[] noise = new byte[4096];
        ThreadLocalRandom.current().nextBytes(noise);
        noise[0] = 0x01;
        assertEquals(Optional.empty(), detect(noise, "program.docx"), "unknown content stays unknown");
        assertEquals(Optional.empty(), detect("bara text".getBytes(StandardCharsets.UTF_8), "text.pdf"));
    }

    private static byte[] withMacros() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(XSSFWorkbookType.XLSM);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Makro");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void programsArchivesAndFilesWithMacrosAreRefused() throws IOException {
        assertEquals(Optional.empty(), detect(withMacros(), "budget.xlsx"));
        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        assertEquals(Optional.empty(), detect(program, "protokoll.pdf"));
        assertEquals(Optional.empty(), detect(oldOfficeFile(), "gammal.exe"));
        assertEquals("pdf", PaperTypes.extension("application/pdf"));
        assertEquals("docx", PaperTypes.extension(DOCX));
    }
}
