package se.sodertorn.governance.ejb.meeting;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads the text of a paper's file so that search finds the paper by its content: PDF with Apache PDFBox (its first
 * {@value #MAX_PDF_PAGES} pages, parts of the file cached on disk, not in memory) and Word (.docx) with Apache POI.
 * Other kinds hold no text this reader knows. A file that cannot be read (damaged, encrypted) gives no text rather
 * than refusing the upload: the paper is then found by its title only.
 */
public final class PaperTextReader {

    /** Pages of a PDF read at most. */
    public static final int MAX_PDF_PAGES = 500;

    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final Logger LOG = Logger.getLogger(PaperTextReader.class.getName());

    private PaperTextReader() {
    }

    /** Whether files of the media type hold text this reader can read. */
    public static boolean readable(String mediaType) {
        return PDF.equals(mediaType) || DOCX.equals(mediaType);
    }

    /**
     * The text of the file.
     *
     * @param mediaType the type read from the file's content (see {@link PaperTypes})
     * @param file      the file on disk
     * @return its text; empty for an unreadable file or a kind without text
     */
    public static Optional<String> read(String mediaType, Path file) {
        try {
            if (PDF.equals(mediaType)) {
                return Optional.of(pdf(file));
            }
            if (DOCX.equals(mediaType)) {
                return Optional.of(docx(file));
            }
        } catch (IOException | InvalidFormatException | RuntimeException unreadable) {
            LOG.log(Level.INFO, "No text read from a paper of type " + mediaType + ": " + unreadable);
        }
        return Optional.empty();
    }

    private static String pdf(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(MAX_PDF_PAGES);
            return stripper.getText(document);
        }
    }

    private static String docx(Path file) throws IOException, InvalidFormatException {
        try (OPCPackage pack = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XWPFDocument document = new XWPFDocument(pack);
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}
