package se.sodertorn.governance.ejb.calendar;

import java.time.LocalDateTime;

/**
 * One occurrence of an event read from someone else's calendar, in Stockholm wall-clock time.
 *
 * @param uid     the event's UID (shared by all occurrences of a recurring event), empty if absent
 * @param summary the title, empty if absent
 * @param start   when it starts; 00:00 of its first day for an all-day event
 * @param end     when it ends (exclusive); 00:00 of the day after the last day for an all-day event
 * @param allDay  whether the event has dates but no times
 */
public record ExternalEvent(String uid, String summary, LocalDateTime start, LocalDateTime end, boolean allDay) {
}
