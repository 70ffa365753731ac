package se.sodertorn.governance.ejb.meeting;

import java.util.List;
import se.sodertorn.governance.domain.meeting.ExternalCalendar;
import se.sodertorn.governance.ejb.calendar.ReadingNote;

/**
 * What one import of an external calendar did.
 *
 * @param calendar the calendar, created or refreshed
 * @param imported the occurrences of the year now stored
 * @param notes    the events skipped (with the reason) and the assumptions made, in the order of the file
 */
public record CalendarImport(ExternalCalendar calendar, int imported, List<ReadingNote> notes) {

    public CalendarImport {
        notes = List.copyOf(notes);
    }

    /** The notes of events left out. */
    public List<ReadingNote> skipped() {
        return notes.stream().filter(ReadingNote::skipped).toList();
    }
}
