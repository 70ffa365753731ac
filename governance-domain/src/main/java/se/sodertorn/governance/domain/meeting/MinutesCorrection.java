package se.sodertorn.governance.domain.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.hibernate.envers.Audited;
import se.sodertorn.governance.domain.shared.BaseEntity;
import se.sodertorn.governance.domain.shared.GovernanceException;

/** A correction to approved minutes: a new note linked to the meeting, never a change of the record itself. */
@Entity
@Audited
public class MinutesCorrection extends BaseEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Meeting meeting;

    @NotBlank(message = "{correction.text.required}")
    @Size(max = 4000, message = "{text.tooLong}")
    @Column(name = "correction_text", nullable = false, length = 4000)
    private String text;

    @Column(nullable = false, length = 60)
    private String author;

    @Column(nullable = false)
    private LocalDateTime writtenAt;

    protected MinutesCorrection() {
    }

    /** Only approved minutes take corrections; before that the record itself is edited. */
    public MinutesCorrection(Meeting meeting, String text, String author, LocalDateTime writtenAt) {
        if (!meeting.isRecordLocked()) {
            throw new GovernanceException("correction.onlyAfterApproval");
        }
        this.meeting = meeting;
        this.text = text == null ? null : text.strip();
        this.author = author;
        this.writtenAt = writtenAt;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public String getText() {
        return text;
    }

    public String getAuthor() {
        return author;
    }

    public LocalDateTime getWrittenAt() {
        return writtenAt;
    }
}
