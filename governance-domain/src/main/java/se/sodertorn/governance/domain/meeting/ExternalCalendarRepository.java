package se.sodertorn.governance.domain.meeting;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Stored external calendars and their events. */
public interface ExternalCalendarRepository {

    Optional<ExternalCalendar> find(long id);

    Optional<ExternalCalendar> findByName(String name);

    List<ExternalCalendar> list();

    ExternalCalendar save(ExternalCalendar calendar);

    /** Replaces the calendar's events overlapping from–to with the given ones. */
    void replaceEvents(ExternalCalendar calendar, LocalDateTime from, LocalDateTime to,
            List<ExternalCalendarEvent> events);

    /** Events of every calendar overlapping from–to. */
    List<ExternalCalendarEvent> between(LocalDateTime from, LocalDateTime to);

    void remove(ExternalCalendar calendar);
}
