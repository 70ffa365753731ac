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
import java.time.LocalDate;
import java.util.stream.Stream;
import org.hibernate.envers.Audited;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.shared.BaseEntity;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.Text;

/**
 * An outstanding matter ("utestående ärende"): a task given at a meeting's item to a responsible person, due on
 * a date or in a season ("början av 2023"). It is listed at every later meeting of the body until a meeting
 * closes it.
 */
@Entity
@Audited
@EntityListeners(MeetingRecordGuard.class)
public class ActionItem extends BaseEntity implements PartOfMeetingRecord {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private AgendaItem originItem;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Meeting originMeeting;

    @NotBlank(message = "{actionItem.text.required}")
    @Size(max = 1000, message = "{text.tooLong}")
    @Column(name = "item_text", nullable = false, length = 1000)
    private String text;

    @ManyToOne(fetch = FetchType.LAZY)
    private Person responsible;

    private LocalDate dueDate;

    @Size(max = 100, message = "{text.tooLong}")
    @Column(length = 100)
    private String dueText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionItemStatus status = ActionItemStatus.OPEN;

    @ManyToOne(fetch = FetchType.LAZY)
    private Meeting closedAt;

    private LocalDate closedOn;

    @Column(nullable = false)
    private int timesCarried;

    protected ActionItem() {
    }

    public ActionItem(AgendaItem originItem, String text, Person responsible, LocalDate dueDate, String dueText) {
        this.originItem = originItem;
        this.originMeeting = originItem.getMeeting();
        this.text = text == null ? null : text.strip();
        this.responsible = responsible;
        this.dueDate = dueDate;
        this.dueText = Text.strippedOrNull(dueText);
    }

    /** Closes the item at a later meeting of the same body, which then lists it as done. */
    public void closeAt(Meeting meeting) {
        if (status == ActionItemStatus.DONE) {
            throw new GovernanceException("actionItem.alreadyClosed");
        }
        meeting.ensureRecordOpen();
        if (!meeting.getBody().equals(originMeeting.getBody()) || !meeting.getStartsAt().isAfter(originMeeting.getStartsAt())) {
            throw new GovernanceException("actionItem.closeAtLaterMeeting");
        }
        status = ActionItemStatus.DONE;
        closedAt = meeting;
        closedOn = meeting.getDay();
    }

    /**
     * Closes the item outside a meeting, from the register of action items: done on the day given. The body's
     * meetings up to that day still list it as outstanding.
     */
    public void close(LocalDate day) {
        if (status == ActionItemStatus.DONE) {
            throw new GovernanceException("actionItem.alreadyClosed");
        }
        status = ActionItemStatus.DONE;
        closedOn = day;
    }

    /**
     * Carries the open item forward: it is now due on the given day (typically the body's next meeting), and the
     * season written before no longer applies. The day must come after the meeting that gave it and after the day
     * it was due so far.
     */
    public void carryTo(LocalDate day) {
        if (status == ActionItemStatus.DONE) {
            throw new GovernanceException("actionItem.alreadyClosed");
        }
        if (day == null) {
            throw new GovernanceException("actionItem.noNextMeeting");
        }
        if (!day.isAfter(originMeeting.getDay()) || dueDate != null && !day.isAfter(dueDate)) {
            throw new GovernanceException("actionItem.notLater", day.toString());
        }
        dueDate = day;
        dueText = null;
        timesCarried++;
    }

    /** Opens the item again, as long as the meeting that closed it is not approved. */
    public void reopen() {
        if (closedAt != null) {
            closedAt.ensureRecordOpen();
        }
        status = ActionItemStatus.OPEN;
        closedAt = null;
        closedOn = null;
    }

    /** The earliest day it can be carried to: after the meeting that gave it, and after the day it was due. */
    public LocalDate carriedNoEarlierThan(LocalDate today) {
        LocalDate after = originMeeting.getDay().isAfter(today) ? originMeeting.getDay() : today;
        return dueDate != null && dueDate.isAfter(after) ? dueDate.plusDays(1) : after.plusDays(1);
    }

    /** Whether the item is still open after the day it was due (a season in words is never overdue). */
    public boolean isOverdue(LocalDate today) {
        return isOpen() && dueDate != null && dueDate.isBefore(today);
    }

    /** When it is due, as the minutes write it: the season if given, otherwise the date. */
    public String getDue() {
        if (dueText != null) {
            return dueText;
        }
        return dueDate == null ? null : dueDate.toString();
    }

    public boolean isOpen() {
        return status == ActionItemStatus.OPEN;
    }

    /** A new item belongs to its origin's record; a closed one to the record of the meeting that closed it. */
    @Override
    public Stream<Meeting> recordMeetings() {
        if (isNew()) {
            return Stream.of(originMeeting);
        }
        return closedAt == null ? Stream.empty() : Stream.of(closedAt);
    }

    public AgendaItem getOriginItem() {
        return originItem;
    }

    public Meeting getOriginMeeting() {
        return originMeeting;
    }

    public String getText() {
        return text;
    }

    public Person getResponsible() {
        return responsible;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getDueText() {
        return dueText;
    }

    public ActionItemStatus getStatus() {
        return status;
    }

    public Meeting getClosedAt() {
        return closedAt;
    }

    /** The day it was closed, at a meeting or in the register; {@code null} while open. */
    public LocalDate getClosedOn() {
        return closedOn;
    }

    /** How many times it was carried forward to a later day. */
    public int getTimesCarried() {
        return timesCarried;
    }
}
