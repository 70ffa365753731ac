package se.sodertorn.governance.domain.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.hibernate.envers.Audited;
import se.sodertorn.governance.domain.shared.BaseEntity;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.Text;

/**
 * A meeting paper (handling) of an agenda item: a titled document sent out before the meeting or added after it,
 * such as "Förslag till mötesplan 2023". Each upload of its file is a {@link PaperVersion}; the earlier ones are
 * kept. Like the rest of the record it is fixed once the meeting's minutes are approved.
 */
@Entity
@Audited
@EntityListeners(MeetingRecordGuard.class)
public class Paper extends BaseEntity implements PartOfMeetingRecord {

    /** Longest title, in characters. */
    public static final int TITLE_MAX = 200;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private AgendaItem agendaItem;

    @NotBlank(message = "{paper.title.required}")
    @Size(max = TITLE_MAX, message = "{text.tooLong}")
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false)
    private int latestNumber;

    @Column(nullable = false)
    private LocalDateTime createdAt;

    protected Paper() {
    }

    /** A new paper of the item, without a file yet; the title is required. */
    public Paper(AgendaItem agendaItem, String title, LocalDateTime createdAt) {
        agendaItem.getMeeting().ensureRecordOpen();
        this.agendaItem = agendaItem;
        this.title = titled(title);
        this.createdAt = createdAt;
    }

    /**
     * The next version of the paper's file, numbered 1, 2, …; the earlier versions stay as they are.
     *
     * @param fileName  the file's name as it will be given on download (already made safe, see {@link PaperFileName})
     * @param mediaType the type read from the file's content, e.g. {@code application/pdf}
     */
    public PaperVersion addVersion(String fileName, String mediaType, String uploadedBy, LocalDateTime uploadedAt) {
        agendaItem.getMeeting().ensureRecordOpen();
        latestNumber++;
        return new PaperVersion(this, latestNumber, fileName, mediaType, uploadedBy, uploadedAt);
    }

    /** Gives the paper a new title. */
    public void retitle(String newTitle) {
        agendaItem.getMeeting().ensureRecordOpen();
        title = titled(newTitle);
    }

    private static String titled(String text) {
        String stripped = Text.strippedOrNull(text);
        if (stripped == null) {
            throw new GovernanceException("paper.titleRequired");
        }
        if (stripped.length() > TITLE_MAX) {
            throw new GovernanceException("paper.titleTooLong", TITLE_MAX);
        }
        return stripped;
    }

    @Override
    public Stream<Meeting> recordMeetings() {
        return Stream.of(agendaItem.getMeeting());
    }

    public AgendaItem getAgendaItem() {
        return agendaItem;
    }

    public String getTitle() {
        return title;
    }

    /** The number of the newest version: 1 for a paper uploaded once. */
    public int getLatestNumber() {
        return latestNumber;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
