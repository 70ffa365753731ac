package se.sodertorn.governance.ejb.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import se.sodertorn.governance.domain.meeting.ExternalCalendar;

/**
 * Other organisations' calendars, imported from iCalendar files or addresses for the clash check. An import
 * covers a window of years and replaces the calendar's earlier events in that window.
 */
public interface ExternalCalendarService {

    /** Largest file or download accepted. */
    int MAX_BYTES = 5 * 1024 * 1024;

    List<ExternalCalendar> calendars();

    /**
     * Imports the events of the year from an uploaded file, creating the calendar the first time; events that
     * cannot be read are skipped and told in the result.
     *
     * @throws se.sodertorn.governance.domain.shared.GovernanceException when the file is larger than
     *         {@link #MAX_BYTES}, holds no whole calendar, or too many events (nothing is stored then)
     */
    CalendarImport importFile(@NotBlank String name, @NotNull byte[] content, int year);

    /** Downloads the calendar from an http(s) address and imports the events of the year, as {@link #importFile}. */
    CalendarImport importUrl(@NotBlank String name, @NotBlank String url, int year);

    /**
     * Imports the events of the year into an existing calendar from the file, as {@link #importFile}.
     *
     * @throws se.sodertorn.governance.domain.shared.NotFoundException when there is no such calendar
     */
    CalendarImport refresh(long calendarId, @NotNull byte[] content, int year);

    void remove(long calendarId);
}
