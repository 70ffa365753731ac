package se.sodertorn.governance.domain.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Transient;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.envers.Audited;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.shared.BaseEntity;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.Text;

/**
 * One occasion on which a body meets: time, place, kind, who chairs, who writes the minutes and who approves
 * them (the adjuster). Times are Swedish wall-clock times. Every change that an invitation shows raises the
 * calendar sequence, so calendars replace their copy; once the adjuster has approved the minutes nothing in the
 * record changes again, except that the approved minutes are published.
 */
@Entity
@Audited
public class Meeting extends BaseEntity {

    /** The longest comment an adjuster sends back with the minutes. */
    public static final int ADJUSTER_COMMENT_MAX = 2000;

    @ManyToOne(fetch = FetchType.LAZY)
    private MeetingPlan plan;

    @NotNull(message = "{meeting.body.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Body body;

    @NotNull(message = "{meeting.start.required}")
    @Column(nullable = false)
    private LocalDateTime startsAt;

    @NotNull(message = "{meeting.end.required}")
    @Column(nullable = false)
    private LocalDateTime endsAt;

    @Size(max = 200, message = "{text.tooLong}")
    @Column(length = 200)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MeetingKind kind = MeetingKind.ORDINARY;

    @Size(max = 500, message = "{text.tooLong}")
    @Column(length = 500)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingStatus status = MeetingStatus.PROPOSED;

    private LocalDateTime decidedStart;

    @ManyToOne(fetch = FetchType.LAZY)
    private Person chair;

    @ManyToOne(fetch = FetchType.LAZY)
    private Person secretary;

    @ManyToOne(fetch = FetchType.LAZY)
    private Person adjuster;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MinutesStatus minutesStatus = MinutesStatus.DRAFT;

    private LocalDateTime approvedAt;

    @Column(length = 60)
    private String approvedBy;

    @Column(length = ADJUSTER_COMMENT_MAX)
    private String adjusterComment;

    private LocalDateTime adjusterCommentAt;

    @Column(nullable = false, unique = true, length = 80)
    private String calendarUid;

    @Column(nullable = false)
    private int calendarSequence;

    @Transient
    private boolean lockedWhenLoaded;

    @Transient
    private boolean publishing;

    protected Meeting() {
    }

    public Meeting(Body body, LocalDateTime startsAt, LocalDateTime endsAt) {
        this.body = body;
        this.calendarUid = UUID.randomUUID() + "@sodertorn-governance";
        times(startsAt, endsAt);
    }

    /** A proposal in a year's draft meeting plan. */
    public static Meeting proposal(MeetingPlan plan, Body body, LocalDateTime startsAt, LocalDateTime endsAt) {
        Meeting meeting = new Meeting(body, startsAt, endsAt);
        meeting.plan = plan;
        return meeting;
    }

    /** Moves the meeting; after the plan was decided the decided start is kept, so the move shows as adjusted. */
    public void reschedule(LocalDateTime newStart, LocalDateTime newEnd) {
        ensureRecordOpen();
        ensureNotCancelled();
        if (!Objects.equals(newStart, startsAt) || !Objects.equals(newEnd, endsAt)) {
            times(newStart, newEnd);
            calendarSequence++;
        }
    }

    /**
     * Changes place, kind and note. Place and note are the calendar's LOCATION and DESCRIPTION, so a change of
     * either raises the calendar sequence; the kind does not show in calendars.
     */
    public void describe(String newPlace, MeetingKind newKind, String newNote) {
        ensureRecordOpen();
        String cleanPlace = Text.strippedOrNull(newPlace);
        String cleanNote = Text.strippedOrNull(newNote);
        if (!Objects.equals(cleanPlace, place) || !Objects.equals(cleanNote, note)) {
            calendarSequence++;
        }
        place = cleanPlace;
        kind = newKind == null ? MeetingKind.ORDINARY : newKind;
        note = cleanNote;
    }

    /** The plan was decided: the proposal becomes a scheduled meeting and its date is the decided one. */
    public void schedule() {
        if (status != MeetingStatus.PROPOSED) {
            return;
        }
        status = MeetingStatus.SCHEDULED;
        decidedStart = startsAt;
    }

    /**
     * Cancels the meeting before it begins; calendars show it as cancelled. A meeting that has begun at
     * {@code now} took place and is no longer cancelled.
     */
    public void cancel(LocalDateTime now) {
        ensureRecordOpen();
        ensureNotCancelled();
        if (hasStarted(now)) {
            throw new GovernanceException("meeting.cancel.started");
        }
        status = MeetingStatus.CANCELLED;
        calendarSequence++;
    }

    /** Whether the meeting has begun (or is over) at the given time. */
    public boolean hasStarted(LocalDateTime now) {
        return !now.isBefore(startsAt);
    }

    /**
     * Whether {@link #cancel} accepts the meeting at {@code now}: its record is open and it has neither begun nor
     * been cancelled.
     */
    public boolean isCancellable(LocalDateTime now) {
        return !isRecordLocked() && !isCancelled() && !hasStarted(now);
    }

    /**
     * Who chairs, who writes the minutes, who approves them. A secretary with an e-mail address is the organizer
     * of the invitation (without one the secretariat is), so a change of the organizer this gives raises the
     * calendar sequence; the other roles do not show in calendars.
     */
    public void assignRoles(Person newChair, Person newSecretary, Person newAdjuster) {
        ensureRecordOpen();
        if (!Objects.equals(organizerShown(newSecretary), organizerShown(secretary))) {
            calendarSequence++;
        }
        chair = newChair;
        secretary = newSecretary;
        adjuster = newAdjuster;
    }

    /** The organizer a calendar shows for the secretary: name and address, or null for the secretariat. */
    private static String organizerShown(Person secretary) {
        return secretary == null || secretary.getEmail() == null ? null
                : secretary.getFullName() + " <" + secretary.getEmail() + ">";
    }

    /** Sends the draft minutes to the adjuster; an adjuster must have been chosen. */
    public void sendToAdjuster() {
        ensureRecordOpen();
        ensureNotCancelled();
        if (adjuster == null) {
            throw new GovernanceException("meeting.minutes.noAdjuster");
        }
        minutesStatus = MinutesStatus.SENT_TO_ADJUSTER;
        adjusterComment = null;
        adjusterCommentAt = null;
    }

    /** Takes the minutes back for more changes before approval. */
    public void returnToDraft() {
        ensureRecordOpen();
        minutesStatus = MinutesStatus.DRAFT;
    }

    /** The adjuster, and only the adjuster, approves the minutes sent to them; from now on the record is fixed. */
    public void approve(Person approver, String username, LocalDateTime when) {
        if (minutesStatus != MinutesStatus.SENT_TO_ADJUSTER) {
            throw new GovernanceException("meeting.minutes.notSent");
        }
        ensureAdjuster(approver);
        minutesStatus = MinutesStatus.APPROVED;
        approvedAt = when;
        approvedBy = username;
    }

    /**
     * The adjuster, and only the adjuster, sends the minutes back to the secretariat for changes, saying what to
     * change; the comment stays with the meeting until the minutes are sent again.
     */
    public void returnFromAdjuster(Person who, String comment, LocalDateTime when) {
        if (minutesStatus != MinutesStatus.SENT_TO_ADJUSTER) {
            throw new GovernanceException("meeting.minutes.notSent");
        }
        ensureAdjuster(who);
        String said = Text.strippedOrNull(comment);
        if (said == null) {
            throw new GovernanceException("meeting.minutes.commentRequired");
        }
        if (said.length() > ADJUSTER_COMMENT_MAX) {
            throw new GovernanceException("meeting.minutes.commentTooLong", ADJUSTER_COMMENT_MAX);
        }
        minutesStatus = MinutesStatus.DRAFT;
        adjusterComment = said;
        adjusterCommentAt = when;
    }

    /** Whether the person is this meeting's adjuster. */
    public boolean isAdjuster(Person person) {
        return person != null && adjuster != null && person.equals(adjuster);
    }

    private void ensureAdjuster(Person who) {
        if (!isAdjuster(who)) {
            throw new GovernanceException("meeting.minutes.onlyAdjuster");
        }
    }

    /** Publishes approved minutes. */
    public void publish() {
        if (minutesStatus != MinutesStatus.APPROVED) {
            throw new GovernanceException("meeting.minutes.notApproved");
        }
        minutesStatus = MinutesStatus.PUBLISHED;
        publishing = true;
    }

    /** Refuses any change once the minutes are approved. */
    public void ensureRecordOpen() {
        if (isRecordLocked()) {
            throw new GovernanceException("meeting.recordLocked");
        }
    }

    public boolean isRecordLocked() {
        return minutesStatus.isLocked();
    }

    /**
     * Moved to another day after the plan was decided ("datum har justerats i efterhand"); a new time on the
     * decided day is not an adjusted date.
     */
    public boolean isDateAdjusted() {
        return decidedStart != null && !decidedStart.toLocalDate().equals(getDay());
    }

    public boolean isCancelled() {
        return status == MeetingStatus.CANCELLED;
    }

    public LocalDate getDay() {
        return startsAt.toLocalDate();
    }

    @PostLoad
    void rememberLock() {
        lockedWhenLoaded = isRecordLocked();
    }

    @PreUpdate
    void refuseChangeToApprovedRecord() {
        if (lockedWhenLoaded && !publishing) {
            throw new GovernanceException("meeting.recordLocked");
        }
    }

    /** Approved minutes are kept for ever: a meeting whose minutes are approved is never removed, by any path. */
    @PreRemove
    void refuseRemovingApprovedRecord() {
        if (lockedWhenLoaded || isRecordLocked()) {
            throw new GovernanceException("meeting.recordLocked");
        }
    }

    /**
     * Withdraws a proposal from the year's plan: only a proposed meeting, and only while nothing of its record
     * exists (the caller tells whether it has agenda items or attendance).
     */
    public void ensureWithdrawable(boolean hasRecord) {
        ensureRecordOpen();
        if (status != MeetingStatus.PROPOSED) {
            throw new GovernanceException("meeting.withdrawOnlyProposal");
        }
        if (hasRecord) {
            throw new GovernanceException("meeting.withdrawHasRecord");
        }
    }

    private void times(LocalDateTime newStart, LocalDateTime newEnd) {
        if (newStart == null || newEnd == null) {
            throw new GovernanceException("meeting.timesRequired");
        }
        if (!newEnd.isAfter(newStart)) {
            throw new GovernanceException("meeting.endBeforeStart");
        }
        startsAt = newStart;
        endsAt = newEnd;
    }

    private void ensureNotCancelled() {
        if (isCancelled()) {
            throw new GovernanceException("meeting.cancelled");
        }
    }

    public MeetingPlan getPlan() {
        return plan;
    }

    public Body getBody() {
        return body;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public LocalDateTime getDecidedStart() {
        return decidedStart;
    }

    public Person getChair() {
        return chair;
    }

    public Person getSecretary() {
        return secretary;
    }

    public Person getAdjuster() {
        return adjuster;
    }

    public MinutesStatus getMinutesStatus() {
        return minutesStatus;
    }

    public LocalDateTime getApprovedAt() {
        return approvedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    /** What the adjuster asked to change when they last sent the minutes back; {@code null} once sent again. */
    public String getAdjusterComment() {
        return adjusterComment;
    }

    public LocalDateTime getAdjusterCommentAt() {
        return adjusterCommentAt;
    }

    public String getCalendarUid() {
        return calendarUid;
    }

    public int getCalendarSequence() {
        return calendarSequence;
    }

    @Override
    public String toString() {
        return body + " " + startsAt;
    }
}
