package se.sodertorn.governance.domain.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds the days of a meeting plan that are taken: a public holiday (or an eve treated as one), another meeting
 * of ours on the same day, or an event of an imported external calendar on that day.
 */
public final class ClashCheck {

    private final Map<LocalDate, String> holidays;
    private final List<Meeting> ourMeetings;
    private final List<ExternalCalendarEvent> externalEvents;

    public ClashCheck(Map<LocalDate, String> holidays, List<Meeting> ourMeetings,
            List<ExternalCalendarEvent> externalEvents) {
        this.holidays = holidays;
        this.ourMeetings = ourMeetings;
        this.externalEvents = externalEvents;
    }

    /** The clashes of the planned meetings, by day; cancelled meetings clash with nothing. */
    public List<Clash> of(List<Meeting> planned) {
        List<Clash> clashes = new ArrayList<>();
        for (Meeting meeting : planned) {
            if (!meeting.isCancelled()) {
                clashesOf(meeting, clashes);
            }
        }
        clashes.sort(Comparator.comparing(Clash::day).thenComparing(c -> c.meeting().getStartsAt())
                .thenComparing(Clash::kind));
        return clashes;
    }

    private void clashesOf(Meeting meeting, List<Clash> clashes) {
        LocalDate day = meeting.getDay();
        String holiday = holidays.get(day);
        if (holiday != null) {
            clashes.add(new Clash(meeting, day, ClashKind.HOLIDAY, holiday));
        }
        for (Meeting other : ourMeetings) {
            if (!other.equals(meeting) && !other.isCancelled() && other.getDay().equals(day)) {
                clashes.add(new Clash(meeting, day, ClashKind.OWN_MEETING,
                        other.getBody().getShortName() + " " + other.getStartsAt().toLocalTime()));
            }
        }
        for (ExternalCalendarEvent event : externalEvents) {
            if (covers(event, day)) {
                clashes.add(new Clash(meeting, day, ClashKind.EXTERNAL,
                        event.getCalendar().getName() + ": " + event.getSummary()));
            }
        }
    }

    private static boolean covers(ExternalCalendarEvent event, LocalDate day) {
        return !event.getStartsAt().toLocalDate().isAfter(day) && event.getEndsAt().isAfter(day.atStartOfDay());
    }
}
