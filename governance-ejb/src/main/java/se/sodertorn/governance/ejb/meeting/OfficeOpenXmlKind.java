package se.sodertorn.governance.ejb.meeting;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;

/**
 * Which Office Open XML document a file is (ECMA-376 part 2, Open Packaging Conventions): the content type of the
 * package's main part, read with Apache POI from the file on disk (the zip's directory, not the whole file in memory).
 * Documents with macros have main parts of their own types and are none of these.
 */
final class OfficeOpenXmlKind {

    private static final Map<String, String> MAIN_PARTS = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation");

    private OfficeOpenXmlKind() {
    }

    /** The media type of the Word, Excel or PowerPoint document in the file; empty for any other package. */
    static Optional<String> of(Path file) {
        try (OPCPackage opened = OPCPackage.open(file.toString(), PackageAccess.READ)) {
            List<PackagePart> main = opened.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
            Optional<String> kind = main.size() == 1 ? Optional.ofNullable(MAIN_PARTS.get(main.get(0).getContentType()))
                    : Optional.empty();
            opened.revert();
            return kind;
        } catch (InvalidFormatException | InvalidOperationException | IOException | IllegalStateException unreadable) {
            return Optional.empty();
        }
    }
}
