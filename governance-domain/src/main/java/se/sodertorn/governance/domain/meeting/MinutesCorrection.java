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

    @Column(length = 200)
    private String authorName;

    @Column(nullable = false)
    private LocalDateTime writtenAt;

    protected MinutesCorrection() {
    }

    /**
     * Only approved minutes take corrections; before that the record itself is edited.
     *
     * @param author     the user name of who wrote it
     * @param authorName the name shown for them (their person's name), or {@code null} to show the user name
     */
    public MinutesCorrection(Meeting meeting, String text, String author, String authorName, LocalDateTime writtenAt) {
        if (!meeting.isRecordLocked()) {
            throw new GovernanceException("correction.onlyAfterApproval");
        }
        this.meeting = meeting;
        this.text = text == null ? null : text.strip();
        this.author = author;
        this.authorName = authorName;
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

    /** Who wrote it, by name: the person's name, or the user name for corrections written before names were kept. */
    public String getAuthorName() {
        return authorName == null ? author : authorName;
    }

    public LocalDateTime getWrittenAt() {
        return writtenAt;
    }
}
