package se.sodertorn.governance.ejb.calendar;

import java.io.Serializable;

/**
 * Something of a calendar file that was skipped or read by assumption, for the import's report.
 *
 * @param line    the physical line, from 1, where the event (or the line concerned) starts
 * @param uid     the event's UID, empty if none or not about an event
 * @param summary the event's summary, empty if none or not about an event
 * @param reason  why
 * @param detail  what the reason concerns, e.g. the time-zone name; empty if nothing more to say
 */
public record ReadingNote(int line, String uid, String summary, Reason reason, String detail) implements Serializable {

    /** Why an event was skipped, or what was assumed. */
    public enum Reason {
        /** The event's recurrence rule (RRULE) cannot be read: the event is skipped. */
        BAD_RULE(true),
        /** A date or time of the event (DTSTART, DTEND, DURATION, RDATE, EXDATE, RECURRENCE-ID) cannot be read. */
        BAD_DATE(true),
        /** The event has no start (DTSTART). */
        NO_START(true),
        /** The event is cut off (no END:VEVENT) or cannot be read for another reason. */
        UNREADABLE_EVENT(true),
        /** The time zone's name is unknown and the file does not define it: its times are read as Stockholm time. */
        UNKNOWN_ZONE(false);

        private final boolean skips;

        Reason(boolean skips) {
            this.skips = skips;
        }

        /** Whether the event concerned was left out (else it was imported on an assumption). */
        public boolean skips() {
            return skips;
        }

        /** The message key of the reason in the application's bundles, e.g. {@code calendar.note.BAD_RULE}. */
        public String messageKey() {
            return "calendar.note." + name();
        }
    }

    /** Whether the event concerned was left out. */
    public boolean skipped() {
        return reason.skips();
    }

    /** The event as a user recognizes it: its summary, else its UID, else empty. */
    public String event() {
        return !summary.isBlank() ? summary : uid;
    }
}
