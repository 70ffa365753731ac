package se.sodertorn.governance.domain.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.stream.Stream;
import org.hibernate.envers.Audited;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.shared.BaseEntity;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.Text;

/** One line of a meeting's attendance: a member present or absent, or a guest (who is present). */
@Entity
@Audited
@EntityListeners(MeetingRecordGuard.class)
public class Attendance extends BaseEntity implements PartOfMeetingRecord {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY)
    private Person person;

    @Size(max = 200, message = "{text.tooLong}")
    @Column(length = 200)
    private String guestName;

    @Size(max = 200, message = "{text.tooLong}")
    @Column(length = 200)
    private String guestOrganisation;

    private boolean present;

    protected Attendance() {
    }

    /** A member of the body, present unless marked absent. */
    public static Attendance member(Meeting meeting, Person person) {
        Attendance attendance = new Attendance();
        attendance.meeting = meeting;
        attendance.person = person;
        attendance.present = true;
        return attendance;
    }

    /** A guest: someone outside the body who took part. */
    public static Attendance guest(Meeting meeting, String name, String organisation) {
        if (name == null || name.isBlank()) {
            throw new GovernanceException("attendance.guestName.required");
        }
        Attendance attendance = new Attendance();
        attendance.meeting = meeting;
        attendance.guestName = name.strip();
        attendance.guestOrganisation = Text.strippedOrNull(organisation);
        attendance.present = true;
        return attendance;
    }

    public void markPresent(boolean isPresent) {
        meeting.ensureRecordOpen();
        present = isPresent;
    }

    public boolean isGuest() {
        return person == null;
    }

    /** The name as the minutes write it. */
    public String getName() {
        return isGuest() ? guestName : person.getFullName();
    }

    /** The municipality or organisation as the minutes write it. */
    public String getAffiliation() {
        return isGuest() ? guestOrganisation : person.getAffiliation();
    }

    @Override
    public Stream<Meeting> recordMeetings() {
        return Stream.of(meeting);
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Person getPerson() {
        return person;
    }

    public String getGuestName() {
        return guestName;
    }

    public String getGuestOrganisation() {
        return guestOrganisation;
    }

    public boolean isPresent() {
        return present;
    }
}
