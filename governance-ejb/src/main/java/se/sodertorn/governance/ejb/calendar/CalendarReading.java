package se.sodertorn.governance.ejb.calendar;

import java.util.List;

/**
 * What reading a calendar file gave: the occurrences in the range asked for, and what was skipped or assumed.
 *
 * @param events the occurrences, sorted by start
 * @param notes  the events skipped and the assumptions made, in the order of the file
 */
public record CalendarReading(List<ExternalEvent> events, List<ReadingNote> notes) {

    public CalendarReading {
        events = List.copyOf(events);
        notes = List.copyOf(notes);
    }

    /** The notes of events left out. */
    public List<ReadingNote> skipped() {
        return notes.stream().filter(ReadingNote::skipped).toList();
    }
}
