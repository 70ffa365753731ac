package se.sodertorn.governance.ejb.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The calendar files of {@code cases/ics/}, each modelled on what a real producer writes (Exchange, Google, Apple,
 * Thunderbird, holiday feeds), read as the meeting plan's import reads them: the year 2027.
 */
class IcsRealWorldCasesTest {

    private static final LocalDate FIRST = LocalDate.of(2027, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2027, 12, 31);

    static CalendarReading readCase(String file) {
        try (InputStream in = IcsRealWorldCasesTest.class.getResourceAsStream("/cases/ics/" + file)) {
            return new IcsReader().reading(new ByteArrayInputStream(in.readAllBytes()), FIRST, LAST);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExternalEvent timed(String uid, String summary, String start, String end) {
        return new ExternalEvent(uid, summary, LocalDateTime.parse(start), LocalDateTime.parse(end), false);
    }

    static ExternalEvent allDay(String uid, String summary, String day) {
        LocalDate date = LocalDate.parse(day);
        return new ExternalEvent(uid, summary, date.atStartOfDay(), date.plusDays(1).atStartOfDay(), true);
    }

    @Test
    void c02ExchangeWithItsWindowsZoneDefinedKeepsStockholmTimeAndTheWholeDay() {
        CalendarReading read = readCase("c02-outlook-w-europe-vtimezone.ics");

        assertEquals(List.of(timed("test-c02-1", "Test StorSthlm styrelse", "2027-06-04T09:00", "2027-06-04T12:00"),
                allDay("test-c02-2", "Test Heldag", "2027-06-10")), read.events());
        assertEquals(List.of(), read.notes());
    }

    @Test
    void c04AFoldBetweenTheBytesOfOneCharacterIsUnfoldedBeforeDecoding() {
        CalendarReading read = readCase("c04-fold-inside-utf8-char.ics");

        assertEquals(List.of(timed("test-c04-1",
                "Test Styrelsemöte för Södertörns kommuner och Storsthlm i Stockholms stadshus",
                "2027-02-04T09:00", "2027-02-04T11:00")), read.events());
        assertFalse(read.events().get(0).summary().contains("\uFFFD"));
    }

    @Test
    void c06AnEmptyRuleIsIgnoredAndADayEndingWhereItStartsIsThatWholeDay() {
        CalendarReading read = readCase("c06-calendarlabs-empty-rrule.ics");

        assertEquals(List.of(allDay("test-c06-1@example.invalid", "Test Skärtorsdag", "2027-03-25")), read.events());
        assertEquals(List.of(), read.notes());
    }

    @Test
    void c08AnInvalidAlarmDoesNotKeepEitherEventOut() {
        CalendarReading read = readCase("c08-invalid-valarm-trigger.ics");

        assertEquals(List.of(timed("test-c08-1", "Test Mälartinget", "2027-05-12T13:00", "2027-05-12T15:00"),
                timed("test-c08-2", "Test Region Stockholm", "2027-05-13T13:00", "2027-05-13T15:00")), read.events());
        assertEquals(List.of(), read.notes());
    }

    @Test
    void c10GoogleSeriesWithExdateAMovedAndACancelledOccurrenceGivesExactlyFour() {
        CalendarReading read = readCase("c10-google-recurrence-overrides.ics");

        String uid = "test-c10@google.com";
        assertEquals(List.of(timed(uid, "Test Veckomöte StorSthlm", "2027-03-02T09:00", "2027-03-02T10:00"),
                timed(uid, "Test Veckomöte StorSthlm", "2027-03-09T09:00", "2027-03-09T10:00"),
                timed(uid, "Test Veckomöte StorSthlm (flyttat till torsdag)", "2027-03-25T13:00", "2027-03-25T14:00"),
                timed(uid, "Test Veckomöte StorSthlm", "2027-04-06T09:00", "2027-04-06T10:00")), read.events());
    }

    @Test
    void c11AppleStructuredLocationWithAnEscapedSemicolonDoesNotRejectTheFile() {
        CalendarReading read = readCase("c11-apple-structured-location-escaped-semicolon.ics");

        assertEquals(List.of(timed("test-c11-1", "Test Studiebesök Haninge", "2027-06-17T10:00", "2027-06-17T12:00")),
                read.events());
        assertEquals(List.of(), read.notes());
    }

    @Test
    void c12ADateWithATimeZoneIsThatWholeDay() {
        CalendarReading read = readCase("c12-date-value-with-tzid.ics");

        assertEquals(List.of(allDay("test-c12-1", "Test Heldag Mälartinget", "2027-06-16")), read.events());
        assertTrue(read.notes().isEmpty(), read.notes().toString());
    }
}
