package se.sodertorn.governance.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.sodertorn.governance.domain.meeting.PaperVersion;
import se.sodertorn.governance.ejb.meeting.PaperService;
import se.sodertorn.governance.ejb.meeting.PaperService.PaperUpload;
import se.sodertorn.governance.web.security.ControlCharacters;

/**
 * A meeting paper's file: {@code GET /api/papers/{versionId}} answers the bytes of that version, typed as read
 * from its content on upload. The meeting's papers, their upload and the meeting pack are under
 * {@code /api/meetings/{id}/…} ({@link MeetingResource}), which uses the helpers here.
 */
@Path("papers")
@RequestScoped
public class PaperResource {


    /** Longest text field of an upload, in bytes. */
    private static final int FIELD_BYTES = 4096;

    @EJB
    private PaperService papers;

    @GET
    @Path("{id: \\d+}")
    public Response file(@PathParam("id") long versionId) {
        PaperVersion version = papers.version(versionId);
        StreamingOutput body = out -> papers.writeFile(versionId, out);
        return Response.ok(body, version.getMediaType()).header("Content-Length", version.getSizeBytes())
                .header("Content-Disposition", ContentDisposition.attachment(version.getFileName())).build();
    }

    /**
     * Stores the file of a multipart/form-data upload (part {@code file}; optional fields {@code title} and
     * {@code paperId}) as a paper of the item. The body's size was checked before ({@link UploadSizeFilter}).
     */
    static PaperVersion upload(PaperService papers, long meetingId, long itemId, EntityPart file, EntityPart title,
            EntityPart paperId) throws IOException {
        if (file == null || file.getFileName().isEmpty()) {
            throw ApiErrors.badRequest("invalid", "file: send the paper's file in the part 'file'.");
        }
        String titleText = text(title);
        if (ControlCharacters.contains(titleText)) {
            throw ApiErrors.badRequest("bad-text", "title: holds control characters.");
        }
        PaperUpload upload = new PaperUpload(meetingId, itemId, paperId(text(paperId)), titleText,
                file.getFileName().get());
        try (InputStream content = file.getContent()) {
            return papers.upload(upload, content);
        }
    }

    /**
     * A text field of the form as UTF-8, the encoding of the pages and of scripts alike (browsers send fields without
     * a charset); at most {@value #FIELD_BYTES} bytes are read.
     */
    private static String text(EntityPart field) throws IOException {
        if (field == null) {
            return null;
        }
        try (InputStream in = field.getContent()) {
            byte[] bytes = in.readNBytes(FIELD_BYTES + 1);
            if (bytes.length > FIELD_BYTES) {
                throw ApiErrors.badRequest("invalid", field.getName() + ": longer than " + FIELD_BYTES + " bytes.");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static Long paperId(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.strip().matches("\\d{1,18}")) {
            throw ApiErrors.badRequest("invalid", "paperId: a paper's id, digits only.");
        }
        return Long.parseLong(text.strip());
    }

    /** The meeting's papers, each with its versions (newest first), in agenda order. */
    static List<PaperJson> list(List<PaperVersion> versions) {
        Map<Long, List<PaperVersion>> byPaper = new LinkedHashMap<>();
        versions.forEach(v -> byPaper.computeIfAbsent(v.getPaper().getId(), k -> new ArrayList<>()).add(v));
        return byPaper.values().stream().map(PaperJson::of).toList();
    }

    /** A paper: its id, item, title and versions, newest first. */
    public record PaperJson(long id, long itemId, int itemNumber, String title, List<VersionJson> versions) {

        static PaperJson of(List<PaperVersion> versions) {
            PaperVersion newest = versions.get(0);
            return new PaperJson(newest.getPaper().getId(), newest.getPaper().getAgendaItem().getId(),
                    newest.getPaper().getAgendaItem().getNumber(), newest.getPaper().getTitle(),
                    versions.stream().map(VersionJson::of).toList());
        }
    }

    /** One version's file: its id (for {@code GET /api/papers/{id}}), number, name, type, size and upload. */
    public record VersionJson(long id, int number, String fileName, String mediaType, long sizeBytes,
                              LocalDateTime uploadedAt, String uploadedBy, String href) {

        static VersionJson of(PaperVersion v) {
            return new VersionJson(v.getId(), v.getNumber(), v.getFileName(), v.getMediaType(), v.getSizeBytes(),
                    v.getUploadedAt(), v.getUploadedBy(), "papers/" + v.getId());
        }
    }
}
