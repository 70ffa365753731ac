package se.sodertorn.governance.reports.followup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.OptionalLong;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.util.IOUtils;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.xmlbeans.XmlException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads back a follow-up workbook that a responsible person edited: the plan id from its custom document
 * property {@code GovernancePlanId} (written by {@link FollowUpWorkbookWriter}), and the Id, Status,
 * Framsteg (%) and Kommentar of every row of every focus-area sheet. Bad files and bad rows become
 * {@link ImportProblem}s, never exceptions. The upload is bounded ({@link ImportLimits}): it is read up to its
 * byte limit, its parts are inflated once only counting to catch zip bombs, and the sheets are then parsed as
 * SAX streams, so memory stays bounded whatever the file holds.
 * <p>
 * POI's own zip guards ({@code ZipSecureFile} ratio and entry size, {@code IOUtils} byte-array limit) are
 * JVM-wide settings; each read sets them from its limits. Instances hold no state and may be shared.
 */
public final class FollowUpWorkbookReader {

    private static final String POI_ZIP_BOMB = "Zip bomb";

    /** Reads with {@link ImportLimits#DEFAULT}. */
    public FollowUpImport read(InputStream in) throws IOException {
        return read(in, ImportLimits.DEFAULT);
    }

    /**
     * @param in     the upload; read up to one byte past {@code limits.maxBytes()}, not closed
     * @param limits the bounds on the upload
     * @return the plan id, the rows and the problems found
     * @throws IOException only when reading {@code in} fails
     */
    public FollowUpImport read(InputStream in, ImportLimits limits) throws IOException {
        byte[] upload = in.readNBytes(Math.toIntExact(Math.min(limits.maxBytes() + 1, Integer.MAX_VALUE - 8)));
        if (upload.length > limits.maxBytes()) {
            return FollowUpImport.rejected(ImportProblem.FILE_TOO_LARGE, "more than " + limits.maxBytes() + " bytes");
        }
        if (FileMagic.valueOf(upload) != FileMagic.OOXML) {
            return FollowUpImport.rejected(ImportProblem.FILE_NOT_WORKBOOK, "not an .xlsx (zip) file");
        }
        Optional<ImportProblem> inflation = ZipInflationCheck.check(upload, limits);
        if (inflation.isPresent()) {
            return FollowUpImport.rejected(inflation.get().code(), inflation.get().detail());
        }
        applyPoiLimits(limits);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(upload))) {
            return readPackage(pkg, limits);
        } catch (ChangeCollector.TooManyRows e) {
            return FollowUpImport.rejected(ImportProblem.FILE_TOO_MANY_ROWS, "more than " + limits.maxRows());
        } catch (IOException | OpenXML4JException | XmlException | SAXException | ParserConfigurationException
                 | POIXMLException | OpenXML4JRuntimeException | UnsupportedFileFormatException
                 | RecordFormatException e) {
            return FollowUpImport.rejected(isZipBomb(e) ? ImportProblem.FILE_ZIP_BOMB
                    : ImportProblem.FILE_NOT_WORKBOOK, String.valueOf(e.getMessage()));
        }
    }

    private static FollowUpImport readPackage(OPCPackage pkg, ImportLimits limits)
            throws IOException, OpenXML4JException, XmlException, SAXException, ParserConfigurationException {
        OptionalLong planId = PlanMarker.read(pkg);
        if (planId.isEmpty()) {
            return FollowUpImport.rejected(ImportProblem.FILE_NO_PLAN_MARKER, PlanMarker.PLAN_ID);
        }
        XSSFReader reader = new XSSFReader(pkg);
        StylesTable styles = reader.getStylesTable();
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
        PlainNumberFormatter formatter = new PlainNumberFormatter();
        ChangeCollector collector = new ChangeCollector(limits.maxRows());
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (sheets.hasNext()) {
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings,
                        new SheetRowReader(sheets.getSheetName(), collector), formatter, false));
                parser.parse(new InputSource(sheet));
            }
        }
        return new FollowUpImport(planId.getAsLong(), collector.changes(), collector.problems());
    }

    private static void applyPoiLimits(ImportLimits limits) {
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxUnzippedBytes());
        IOUtils.setByteArrayMaxOverride((int) limits.maxUnzippedBytes());
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RecordFormatException
                    || cause.getMessage() != null && cause.getMessage().contains(POI_ZIP_BOMB)) {
                return true;
            }
        }
        return false;
    }
}
