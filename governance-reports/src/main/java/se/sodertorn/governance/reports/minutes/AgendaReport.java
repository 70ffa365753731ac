package se.sodertorn.governance.reports.minutes;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What the agenda of a meeting shows (dagordning): the body, when and where, and the numbered items with their
 * papers (see {@link Item#onAgenda}).
 *
 * @param bodyName  the body's full name, e.g. "Södertörnskommunernas ledningsgrupp"
 * @param start     when the meeting starts, Swedish wall-clock time
 * @param end       when it ends, or {@code null}
 * @param place     where, or {@code null}
 * @param secretary who writes the minutes, or {@code null}
 * @param items     the items in order
 */
public record AgendaReport(String bodyName, LocalDateTime start, LocalDateTime end, String place, String secretary,
                           List<Item> items) {

    public AgendaReport {
        Objects.requireNonNull(start, "start");
        items = Lists.copy(items);
    }
}
