package se.sodertorn.governance.domain.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.stream.Stream;
import org.hibernate.envers.Audited;
import se.sodertorn.governance.domain.shared.BaseEntity;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.Text;

/** A numbered point on a meeting's agenda, with what was said (notes); its decisions refer to it. */
@Entity
@Audited
@EntityListeners(MeetingRecordGuard.class)
public class AgendaItem extends BaseEntity implements PartOfMeetingRecord {

    /** Longest notes an item keeps. */
    public static final int NOTES_MAX = 8000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Meeting meeting;

    @Column(name = "item_number", nullable = false)
    private int number;

    @NotBlank(message = "{agendaItem.title.required}")
    @Size(max = 300, message = "{text.tooLong}")
    @Column(nullable = false, length = 300)
    private String title;

    @Size(max = NOTES_MAX, message = "{text.tooLong}")
    @Column(length = NOTES_MAX)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AgendaItemKind kind = AgendaItemKind.REGULAR;

    protected AgendaItem() {
    }

    /** A numbered item; it needs a title. */
    public AgendaItem(Meeting meeting, int number, String title, AgendaItemKind kind) {
        this.meeting = meeting;
        this.number = number;
        this.title = titled(title);
        this.kind = kind == null ? AgendaItemKind.REGULAR : kind;
    }

    /** Rewrites title and notes. */
    public void write(String newTitle, String newNotes) {
        meeting.ensureRecordOpen();
        title = titled(newTitle);
        notes = Text.strippedOrNull(newNotes);
    }

    private String titled(String text) {
        String stripped = Text.strippedOrNull(text);
        if (stripped == null) {
            throw new GovernanceException("agendaItem.titleRequired", number);
        }
        return stripped;
    }

    /** Moves the item to another number when items are reordered. */
    public void renumber(int newNumber) {
        meeting.ensureRecordOpen();
        number = newNumber;
    }

    public boolean isOutstandingMatters() {
        return kind == AgendaItemKind.OUTSTANDING_MATTERS;
    }

    @Override
    public Stream<Meeting> recordMeetings() {
        return Stream.of(meeting);
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getNotes() {
        return notes;
    }

    public AgendaItemKind getKind() {
        return kind;
    }
}
