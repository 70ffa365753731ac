package se.sodertorn.governance.reports.minutes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;

/**
 * Words dates and times as the minutes show them: "Fredagen den 2 december 2022 kl 8.30–10.30", with the weekday
 * in definite form and the times as H.mm.
 */
final class MeetingTime {

    private MeetingTime() {
    }

    /**
     * @param start when the meeting started
     * @param end   when it ended, or {@code null}
     * @return the "Tid" line
     */
    static String of(LocalDateTime start, LocalDateTime end) {
        String weekday = weekday(start.toLocalDate());
        String date = date(start.toLocalDate());
        String from = clock(start.toLocalTime());
        if (end == null) {
            return MinutesTexts.format("time.startOnly", weekday, date, from);
        }
        if (end.toLocalDate().equals(start.toLocalDate())) {
            return MinutesTexts.format("time.sameDay", weekday, date, from, clock(end.toLocalTime()));
        }
        return MinutesTexts.format("time.twoDays", weekday, date, from,
                weekday(end.toLocalDate()).toLowerCase(Locale.ROOT), date(end.toLocalDate()),
                clock(end.toLocalTime()));
    }

    /** @return e.g. "2 december 2022" */
    static String date(LocalDate date) {
        return MinutesTexts.format("date", String.valueOf(date.getDayOfMonth()),
                MinutesTexts.get("month." + date.getMonthValue()), String.valueOf(date.getYear()));
    }

    /** @return e.g. "8.30" */
    static String clock(LocalTime time) {
        return time.getHour() + "." + String.format(Locale.ROOT, "%02d", time.getMinute());
    }

    private static String weekday(LocalDate date) {
        return MinutesTexts.get("weekday." + date.getDayOfWeek().name());
    }
}
