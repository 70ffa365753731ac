package se.sodertorn.governance.domain.meeting;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import se.sodertorn.governance.domain.shared.NotFoundException;

/** Stored papers of agenda items, their versions, and the versions' bytes. */
public interface PaperRepository {

    Optional<Paper> find(long paperId);

    /** The paper, or a not-found error naming it. */
    default Paper get(long paperId) {
        return find(paperId).orElseThrow(() -> new NotFoundException("paper", paperId));
    }

    Optional<PaperVersion> findVersion(long versionId);

    /** The version, or a not-found error naming it. */
    default PaperVersion getVersion(long versionId) {
        return findVersion(versionId).orElseThrow(() -> new NotFoundException("paperVersion", versionId));
    }

    /**
     * Every version of every paper of the meeting's agenda, with their papers and items: by item number, then the
     * paper's creation, then newest version first. A meeting holds tens of papers, not thousands.
     */
    List<PaperVersion> versionsOfMeeting(long meetingId);

    /** Whether any paper belongs to the agenda item. */
    boolean itemHasPapers(long itemId);

    Paper save(Paper paper);

    /** The text kept of the paper's newest version, if any was read. */
    Optional<PaperText> text(long paperId);

    PaperText saveText(PaperText text);

    /** Keeps {@code content} as the paper's text, of its version numbered {@code versionNumber}, in place of any kept. */
    default void keepText(Paper paper, int versionNumber, String content) {
        text(paper.getId()).ifPresentOrElse(kept -> kept.replace(versionNumber, content),
                () -> saveText(new PaperText(paper, versionNumber, content)));
    }

    PaperVersion saveVersion(PaperVersion version);

    /**
     * Stores the version's bytes from the stream in pieces, reading no more than {@code maxBytes + 1} bytes.
     *
     * @return the number of bytes stored, or {@code maxBytes + 1} when the stream holds more than {@code maxBytes}
     *         (the caller then refuses the file and rolls back)
     */
    long writeContent(PaperVersion version, InputStream content, long maxBytes) throws IOException;

    /** Writes the version's bytes to the stream, piece by piece. */
    void readContent(long versionId, OutputStream out) throws IOException;
}
