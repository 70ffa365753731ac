package se.sodertorn.governance.ejb.calendar;

/** The iCalendar METHOD of a written file (RFC 5546). */
public enum CalendarMethod {
    /** A calendar to subscribe to or import; no replies expected. */
    PUBLISH,
    /** An invitation, or an update of one: calendars ask the invitees to reply. */
    REQUEST,
    /** A cancellation: every event in the file is cancelled. */
    CANCEL
}
