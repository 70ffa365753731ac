package se.sodertorn.governance.ejb.meeting;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import se.sodertorn.governance.domain.meeting.PaperVersion;

/**
 * Meeting papers (handlingar): files of the agenda items, each upload a new version that keeps the earlier ones,
 * read by every role that reads the meeting, uploaded by the secretariat until the minutes are approved; and the
 * meeting pack, one ZIP of the agenda and each item's current papers.
 */
public interface PaperService {

    /**
     * Every version of every paper of the meeting, with their papers and items: by item number, then the order the
     * papers were added, then newest version first.
     */
    List<PaperVersion> versions(long meetingId);

    /**
     * Stores an uploaded file, as a new paper of the item or, with {@code upload.paperId()}, as the next version of
     * that paper (a new title, if given, replaces its title). The file's kind is read from its content
     * ({@link PaperTypes}); its name is made safe ({@code PaperFileName}). Refused, storing nothing, when the meeting's
     * minutes are approved, the file is empty, larger than {@link PaperLimit#maxBytes()} or of a kind not accepted.
     *
     * @param content the file, read once, from its start, and not closed
     */
    PaperVersion upload(PaperUpload upload, InputStream content) throws IOException;

    /** A version's facts (paper, item and meeting with it), to name and type its file on download. */
    PaperVersion version(long versionId);

    /** Writes a version's file to the stream, piece by piece. */
    void writeFile(long versionId, OutputStream out) throws IOException;

    /** File name of the meeting pack, e.g. {@code handlingar-LG-2026-12-04.zip}. */
    String packFileName(long meetingId);

    /**
     * Writes the meeting pack: a ZIP with the agenda as a Word document first, then the newest version of each
     * paper, named by its item's number and its place among the item's papers and its file's name
     * ("03.01 forslag.pdf", listed in the agenda as "3.1 Förslag till mötesplan (forslag.pdf)").
     */
    void writePack(long meetingId, OutputStream out) throws IOException;

    /**
     * An upload: the meeting and agenda item, the paper it is a new version of (or {@code null} for a new paper),
     * the title (required for a new paper; {@code null} keeps an existing paper's) and the file name as sent.
     */
    record PaperUpload(long meetingId, long itemId, Long paperId, String title, String fileName) {
    }
}
