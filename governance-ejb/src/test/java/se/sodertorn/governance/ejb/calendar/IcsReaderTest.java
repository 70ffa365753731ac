package se.sodertorn.governance.ejb.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.sodertorn.governance.domain.shared.GovernanceException;

/** Another body's calendar, read as Stockholm wall-clock occurrences in a range of days. */
class IcsReaderTest {

    private final IcsReader reader = new IcsReader();

    private List<ExternalEvent> readSample(LocalDate from, LocalDate to) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("external-body.ics")) {
            return reader.read(in, from, to);
        }
    }

    private List<ExternalEvent> read(String ics, LocalDate from, LocalDate to) {
        String crlf = ics.replace("\n", "\r\n");
        return reader.read(new ByteArrayInputStream(crlf.getBytes(StandardCharsets.UTF_8)), from, to);
    }

    private static ExternalEvent event(String uid, String summary, String start, String end, boolean allDay) {
        return new ExternalEvent(uid, summary, LocalDateTime.parse(start), LocalDateTime.parse(end), allDay);
    }

    @Test
    void mayEventsComeInStockholmWallClockWithTheWeeklyOneExpanded() throws Exception {
        List<ExternalEvent> may = readSample(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 31));

        assertEquals(List.of(
                event("weekly-1@example.org", "Veckomöte presidiet", "2023-05-01T13:00", "2023-05-01T14:30", false),
                // 09:00 UTC is 11:00 in Stockholm summer time
                event("utc-1@example.org", "Regionstyrelsen sammanträder", "2023-05-04T11:00", "2023-05-04T12:00", false),
                event("weekly-1@example.org", "Veckomöte presidiet", "2023-05-08T13:00", "2023-05-08T14:30", false),
                event("tzid-1@example.org", "Regionfullmäktige", "2023-05-10T18:00", "2023-05-10T20:00", false),
                event("weekly-1@example.org", "Veckomöte presidiet", "2023-05-15T13:00", "2023-05-15T14:30", false),
                // all day on the 17th and 18th: to midnight after the last day
                event("allday-1@example.org", "Konferens (heldag)", "2023-05-17T00:00", "2023-05-19T00:00", true),
                event("weekly-1@example.org", "Veckomöte presidiet", "2023-05-22T13:00", "2023-05-22T14:30", false),
                // Outlook's own zone name with its VTIMEZONE in the file
                event("outlook-1@example.org", "Beredning (Outlook-tidszon)", "2023-05-25T08:30", "2023-05-25T10:00", false)),
                may);
    }

    @Test
    void aWeeklyRuleKeepsItsWallClockOverTheChangeToSummerTimeAndSkipsItsExdate() throws Exception {
        List<ExternalEvent> spring = readSample(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 4, 30));

        assertEquals(List.of("2023-03-20T13:00", "2023-03-27T13:00", "2023-04-03T13:00", "2023-04-17T13:00",
                        "2023-04-24T13:00"),
                spring.stream().filter(e -> e.uid().equals("weekly-1@example.org"))
                        .map(e -> e.start().toString()).collect(Collectors.toList()));
    }

    @Test
    void anEventOverlappingTheFirstOrLastDayIsIncludedAndOthersAreNot() throws Exception {
        List<ExternalEvent> oneDay = readSample(LocalDate.of(2023, 5, 18), LocalDate.of(2023, 5, 18));
        assertEquals(List.of("allday-1@example.org"), oneDay.stream().map(ExternalEvent::uid).toList());

        assertEquals(List.of(), readSample(LocalDate.of(2023, 5, 19), LocalDate.of(2023, 5, 21)));
        assertEquals(List.of("old-1@example.org"),
                readSample(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)).stream().map(ExternalEvent::uid).toList());
    }

    @Test
    void aChangedOccurrenceReplacesTheOneItChangesAndCancelledOnesAreLeftOut() {
        String ics = """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Test//EN
                BEGIN:VEVENT
                UID:series@example.org
                DTSTAMP:20230101T000000Z
                DTSTART;TZID=Europe/Stockholm:20231002T100000
                DTEND;TZID=Europe/Stockholm:20231002T110000
                RRULE:FREQ=WEEKLY;UNTIL=20231030T090000Z
                SUMMARY:Serie
                END:VEVENT
                BEGIN:VEVENT
                UID:series@example.org
                DTSTAMP:20230101T000000Z
                RECURRENCE-ID;TZID=Europe/Stockholm:20231009T100000
                DTSTART;TZID=Europe/Stockholm:20231010T140000
                DTEND;TZID=Europe/Stockholm:20231010T150000
                SUMMARY:Serie (flyttad)
                END:VEVENT
                BEGIN:VEVENT
                UID:series@example.org
                DTSTAMP:20230101T000000Z
                RECURRENCE-ID;TZID=Europe/Stockholm:20231016T100000
                DTSTART;TZID=Europe/Stockholm:20231016T100000
                DTEND;TZID=Europe/Stockholm:20231016T110000
                STATUS:CANCELLED
                SUMMARY:Serie (inställd)
                END:VEVENT
                BEGIN:VEVENT
                UID:floating@example.org
                DTSTAMP:20230101T000000Z
                DTSTART:20231005T080000
                DURATION:PT45M
                SUMMARY:Flytande tid
                END:VEVENT
                BEGIN:VEVENT
                UID:one-day@example.org
                DTSTAMP:20230101T000000Z
                DTSTART;VALUE=DATE:20231006
                SUMMARY:Heldag utan slut
                END:VEVENT
                END:VCALENDAR
                """;

        List<ExternalEvent> october = read(ics, LocalDate.of(2023, 10, 1), LocalDate.of(2023, 10, 31));

        assertEquals(List.of(
                event("series@example.org", "Serie", "2023-10-02T10:00", "2023-10-02T11:00", false),
                event("floating@example.org", "Flytande tid", "2023-10-05T08:00", "2023-10-05T08:45", false),
                event("one-day@example.org", "Heldag utan slut", "2023-10-06T00:00", "2023-10-07T00:00", true),
                event("series@example.org", "Serie (flyttad)", "2023-10-10T14:00", "2023-10-10T15:00", false),
                event("series@example.org", "Serie", "2023-10-23T10:00", "2023-10-23T11:00", false),
                // 30 October is after the change to winter time: still 10:00 on the wall clock
                event("series@example.org", "Serie", "2023-10-30T10:00", "2023-10-30T11:00", false)),
                october);
    }

    @Test
    void garbageIsUnreadable() {
        for (String garbage : List.of("this is not a calendar", "", "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:soon\n")) {
            GovernanceException e = assertThrows(GovernanceException.class,
                    () -> read(garbage, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)), garbage);
            assertEquals("error.calendar.unreadable", e.getMessageKey());
        }
    }

    @Test
    void moreThanTheLimitOfEventsIsRefused() {
        String ics = """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Test//EN
                BEGIN:VEVENT
                UID:hourly@example.org
                DTSTAMP:20230101T000000Z
                DTSTART:20230101T000000Z
                DTEND:20230101T001500Z
                RRULE:FREQ=HOURLY
                SUMMARY:Varje timme
                END:VEVENT
                END:VCALENDAR
                """;
        assertEquals(24 * 31, read(ics, LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31)).size() + 1,
                "March has one hour less for summer time");

        GovernanceException e = assertThrows(GovernanceException.class,
                () -> read(ics, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)));
        assertEquals(IcsReader.TOO_MANY_EVENTS, e.getMessageKey());

        String everySecondSince2000 = ics.replace("20230101T000000Z\nDTEND", "20000101T000000Z\nDTEND")
                .replace("FREQ=HOURLY", "FREQ=SECONDLY");
        GovernanceException fast = assertThrows(GovernanceException.class,
                () -> read(everySecondSince2000, LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 1)));
        assertEquals(IcsReader.TOO_MANY_EVENTS, fast.getMessageKey());
    }

    @Test
    void aRuleIsRefusedBeforeItsWalkGrowsWhateverItsCountOrByListsSay() {
        String counted = """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Test//EN
                BEGIN:VEVENT
                UID:count@example.org
                DTSTAMP:20230101T000000Z
                DTSTART:20230301T000000Z
                RRULE:FREQ=SECONDLY;COUNT=2000000000
                SUMMARY:x
                END:VEVENT
                END:VCALENDAR
                """;
        assertEquals(IcsReader.TOO_MANY_EVENTS, assertThrows(GovernanceException.class,
                () -> read(counted, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).getMessageKey(),
                "a count does not lift the bound on the walk from DTSTART to the year read");

        String exploding = counted.replace("FREQ=SECONDLY;COUNT=2000000000", "FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;"
                + "BYMONTHDAY=1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28;BYHOUR=0,6,12,18;"
                + "BYMINUTE=0,10,20,30,40,50;BYSECOND=0,10,20,30,40,50").replace("20230301T000000Z", "19900101T000000Z");
        assertEquals(IcsReader.TOO_MANY_EVENTS, assertThrows(GovernanceException.class,
                () -> read(exploding, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31))).getMessageKey(),
                "BY-lists that multiply each step count too");

        String dailySince1900 = counted.replace("FREQ=SECONDLY;COUNT=2000000000", "FREQ=DAILY;COUNT=2000000000")
                .replace("20230301T000000Z", "19000101T090000Z");
        assertEquals(31, read(dailySince1900, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)).size(),
                "a daily rule from long ago is walked in bounded steps and read");
    }

    @Test
    void whatItReadsIsWhatTheWriterWrote() {
        CalendarEntry entry = new CalendarEntry("round-trip@governance.sodertorn.se", 0,
                LocalDateTime.of(2024, 10, 27, 1, 30), LocalDateTime.of(2024, 10, 27, 4, 0),
                "Över omställningen", null, null, false, List.of(), null);
        String ics = new IcsWriter().write("M", List.of(entry), CalendarMethod.PUBLISH);

        List<ExternalEvent> read = reader.read(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)),
                LocalDate.of(2024, 10, 27), LocalDate.of(2024, 10, 27));

        assertEquals(List.of(event("round-trip@governance.sodertorn.se", "Över omställningen",
                "2024-10-27T01:30", "2024-10-27T04:00", false)), read);
        assertTrue(read.get(0).end().isAfter(read.get(0).start()));
    }
}
