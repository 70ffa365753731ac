package se.sodertorn.governance.domain.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.hibernate.envers.Audited;
import se.sodertorn.governance.domain.shared.BaseEntity;

/**
 * One uploaded file of a {@link Paper}: its number among the paper's versions, the safe file name it is given on
 * download, the type read from its content, its size in bytes and who uploaded it when. The bytes themselves are
 * stored apart, in pieces, so that no file is ever held whole in memory.
 */
@Entity
@Audited
@EntityListeners(MeetingRecordGuard.class)
public class PaperVersion extends BaseEntity implements PartOfMeetingRecord {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Paper paper;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Column(nullable = false, length = PaperFileName.MAX)
    private String fileName;

    @Column(nullable = false, length = 120)
    private String mediaType;

    @Column(nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 200)
    private String uploadedBy;

    @Column(nullable = false)
    private LocalDateTime uploadedAt;

    protected PaperVersion() {
    }

    PaperVersion(Paper paper, int number, String fileName, String mediaType, String uploadedBy,
            LocalDateTime uploadedAt) {
        this.paper = paper;
        this.number = number;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** Records the size once the file's bytes are stored. */
    public void stored(long bytes) {
        this.sizeBytes = bytes;
    }

    @Override
    public Stream<Meeting> recordMeetings() {
        return paper.recordMeetings();
    }

    public Paper getPaper() {
        return paper;
    }

    public int getNumber() {
        return number;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }

    /** Whether this is the paper's newest version, the one the meeting pack holds. */
    public boolean isLatest() {
        return number == paper.getLatestNumber();
    }
}
