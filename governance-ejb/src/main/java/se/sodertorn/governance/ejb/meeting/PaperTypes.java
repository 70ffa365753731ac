package se.sodertorn.governance.ejb.meeting;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/**
 * The kinds of file a paper may be, and what a file is, read from its content by Apache Tika's detectors (the
 * file's leading bytes, and for OpenDocument files the parts of the zip container; for Office Open XML files the
 * package's main part, see {@link OfficeOpenXmlKind}). The name
 * only narrows a kind the content has shown (an old Word and an old Excel file are both OLE2 containers, told apart
 * by ".doc" and ".xls"); content of no known kind stays unknown whatever the name, and a file that is none of the
 * kinds below is refused. Files with macros are refused.
 */
public final class PaperTypes {

    /** Each accepted type with the extension a file of it is given. */
    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("application/pdf", "pdf"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            Map.entry("application/msword", "doc"),
            Map.entry("application/vnd.oasis.opendocument.text", "odt"),
            Map.entry("application/rtf", "rtf"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
            Map.entry("application/vnd.ms-excel", "xls"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ods"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
            Map.entry("application/vnd.ms-powerpoint", "ppt"),
            Map.entry("application/vnd.oasis.opendocument.presentation", "odp"),
            Map.entry("image/png", "png"),
            Map.entry("image/jpeg", "jpg"),
            Map.entry("image/gif", "gif"),
            Map.entry("image/tiff", "tif"),
            Map.entry("image/webp", "webp"));

    private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();
    /** What Tika's core makes of any Office Open XML package; {@link OfficeOpenXmlKind} tells which. */
    private static final MediaType OOXML = MediaType.application("x-tika-ooxml");
    private static final MediaTypeRegistry REGISTRY = TikaConfig.getDefaultConfig().getMediaTypeRegistry();

    private PaperTypes() {
    }

    /**
     * What the file is, when it is an accepted kind.
     *
     * @param content  the file, from its start; it is back at its start after
     * @param fileName the name it was sent with, or {@code null}
     * @return the media type, e.g. {@code application/pdf}; empty for a kind that is not accepted
     */
    public static Optional<String> detect(TikaInputStream content, String fileName) throws IOException {
        MediaType byContent = DETECTOR.detect(content, new Metadata());
        if (OOXML.equals(byContent)) {
            return OfficeOpenXmlKind.of(content.getPath());
        }
        MediaType type = byContent;
        if (fileName != null && !MediaType.OCTET_STREAM.equals(byContent)) {
            Metadata named = new Metadata();
            named.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
            MediaType byName = DETECTOR.detect(content, named);
            if (REGISTRY.isSpecializationOf(byName, byContent)) {
                type = byName;
            }
        }
        String name = type.getBaseType().toString();
        return EXTENSIONS.containsKey(name) ? Optional.of(name) : Optional.empty();
    }

    /** The extension (without the dot) files of an accepted type are given, e.g. {@code pdf}. */
    public static String extension(String mediaType) {
        String extension = EXTENSIONS.get(mediaType);
        if (extension == null) {
            throw new IllegalArgumentException("not a paper's type: " + mediaType);
        }
        return extension;
    }
}
