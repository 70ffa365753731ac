package se.sodertorn.governance.ejb.meeting;

/**
 * Meetings as iCalendar for Outlook: one meeting, a body's subscribable calendar, and e-mail invitations to the
 * body's members (METHOD:REQUEST, or CANCEL for a cancelled meeting) through the server's mail session.
 */
public interface MeetingCalendarService {

    String meetingCalendar(long meetingId);

    /**
     * The body's meetings from the {@link CalendarWindow}'s start on (a year back unless configured), scheduled and
     * cancelled (not mere proposals), at most {@value CalendarWindow#MAX_MEETINGS}.
     */
    String bodyCalendar(long bodyId);

    InvitationReport sendInvitations(long meetingId);
}
