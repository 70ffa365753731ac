package se.sodertorn.governance.ejb.calendar;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One meeting as it is sent to calendars: times are wall-clock times in Europe/Stockholm.
 *
 * @param uid         the stable identifier of the meeting across updates and cancellation
 * @param sequence    the revision, raised by one each time the meeting is changed or cancelled
 * @param start       when it starts, Stockholm wall clock
 * @param end         when it ends, Stockholm wall clock, not before {@code start}
 * @param summary     the title
 * @param location    where, may be null
 * @param description more text, may be null
 * @param cancelled   whether the meeting is cancelled
 * @param invitees    who is invited; null is read as none
 * @param organizer   who sends the invitation, may be null
 */
public record CalendarEntry(String uid, int sequence, LocalDateTime start, LocalDateTime end,
        String summary, String location, String description, boolean cancelled,
        List<Invitee> invitees, Invitee organizer) {

    public CalendarEntry {
        Objects.requireNonNull(uid, "uid");
        if (uid.isBlank()) {
            throw new IllegalArgumentException("uid is blank");
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence < 0: " + sequence);
        }
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
        invitees = invitees == null ? List.of() : List.copyOf(invitees);
    }
}
