package se.sodertorn.governance.ejb.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.ejb.calendar.CalendarEntry;
import se.sodertorn.governance.ejb.calendar.CalendarMethod;
import se.sodertorn.governance.ejb.calendar.IcsWriter;
import se.sodertorn.governance.ejb.calendar.Invitee;

/**
 * Meetings as calendar events: summary "Body name (short name)", the meeting's place and note, its stable UID and
 * SEQUENCE, organised by its secretary (or the mail session's sender when the secretary has no address).
 */
@ApplicationScoped
public class MeetingCalendarEntries {

    @Inject
    private InvitationMail mail;

    /** The meeting as an event, with the invitees as attendees (none for a published calendar). */
    public CalendarEntry entry(Meeting meeting, List<Invitee> invitees) {
        Person secretary = meeting.getSecretary();
        Invitee organizer = secretary == null || secretary.getEmail() == null ? mail.organizer()
                : new Invitee(secretary.getFullName(), secretary.getEmail());
        return new CalendarEntry(meeting.getCalendarUid(), meeting.getCalendarSequence(), meeting.getStartsAt(),
                meeting.getEndsAt(), MeetingTexts.format("calendar.summary", meeting.getBody().getName(),
                meeting.getBody().getShortName()), meeting.getPlace(), meeting.getNote(), meeting.isCancelled(),
                invitees, organizer);
    }

    /** The meetings as one calendar to subscribe to (METHOD:PUBLISH) named {@code calendarName}. */
    public String publish(String calendarName, List<Meeting> meetings) {
        return new IcsWriter().write(calendarName, meetings.stream().map(m -> entry(m, List.of())).toList(),
                CalendarMethod.PUBLISH);
    }

    /** The name of a person's own calendar, e.g. "Möten – Camilla Broo". */
    public static String personalCalendarName(String personName) {
        return MeetingTexts.format("calendar.personal", personName);
    }
}
