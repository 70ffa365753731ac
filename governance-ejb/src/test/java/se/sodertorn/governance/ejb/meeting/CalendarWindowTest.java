package se.sodertorn.governance.ejb.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CalendarWindowTest {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), SWEDEN);
    }

    @Test
    void withoutASettingTheWindowStartsTwelveMonthsBackAtMidnight() {
        CalendarWindow window = new CalendarWindow(at("2026-11-30T10:15:00Z"), null);
        assertEquals(12, window.months());
        assertEquals(LocalDateTime.of(2025, 11, 30, 0, 0), window.start());
        assertEquals(LocalDate.of(2026, 11, 30), window.today());
    }

    @Test
    void theConfiguredMonthsAreUsed() {
        assertEquals(LocalDateTime.of(2026, 8, 30, 0, 0), new CalendarWindow(at("2026-11-30T10:15:00Z"), "3").start());
        assertEquals(LocalDateTime.of(2026, 11, 30, 0, 0), new CalendarWindow(at("2026-11-30T10:15:00Z"), " 0 ").start());
        assertEquals(120, new CalendarWindow(at("2026-11-30T10:15:00Z"), "120").months());
    }

    @Test
    void theDayIsTheSwedishDay() {
        // 23:30 UTC on 31 December is already 1 January in Stockholm
        CalendarWindow window = new CalendarWindow(at("2026-12-31T23:30:00Z"), "1");
        assertEquals(LocalDate.of(2027, 1, 1), window.today());
        assertEquals(LocalDateTime.of(2026, 12, 1, 0, 0), window.start());
        assertEquals(LocalDateTime.of(2027, 1, 1, 0, 30), window.now());
    }

    @Test
    void aMonthBackFromTheEndOfAMonthEndsOnItsLastDay() {
        assertEquals(LocalDateTime.of(2026, 2, 28, 0, 0), new CalendarWindow(at("2026-03-31T08:00:00Z"), "1").start());
    }

    @Test
    void anUnreadableSettingFallsBackToTwelve() {
        for (String bad : new String[] {"", "twelve", "-3", "121", "12.5", "99999999999"}) {
            assertEquals(12, CalendarWindow.months(bad), bad);
        }
    }
}
