package se.sodertorn.governance.ejb.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.sodertorn.governance.ejb.calendar.IcsRealWorldCasesTest.allDay;
import static se.sodertorn.governance.ejb.calendar.IcsRealWorldCasesTest.timed;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.ejb.calendar.ReadingNote.Reason;

/**
 * What real producers bend, one kind at a time: each tolerated, or the one event skipped and noted while the others
 * are read. Files are written here with LF and sent with CRLF unless a test says otherwise.
 */
class IcsLenientReadingTest {

    private static final String HEAD = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//lenient//SV\n";
    private static final String TAIL = "END:VCALENDAR\n";

    private static CalendarReading read(byte[] octets) {
        return new IcsReader().reading(new ByteArrayInputStream(octets), LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31));
    }

    private static CalendarReading read(String ics) {
        return read(ics.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String event(String uid, String summary, String... lines) {
        return "BEGIN:VEVENT\nUID:" + uid + "\nDTSTAMP:20270101T000000Z\nSUMMARY:" + summary + "\n"
                + String.join("\n", lines) + "\nEND:VEVENT\n";
    }

    private static String stockholm(String start, String end) {
        return zoned("Europe/Stockholm", start, end);
    }

    /** DTSTART and DTEND in the zone, its name written as given (quotes included). */
    private static String zoned(String tzid, String start, String end) {
        return "DTSTART;TZID=" + tzid + ":" + start + "\nDTEND;TZID=" + tzid + ":" + end;
    }

    @Test
    void anEventWithAnUnreadableRuleIsSkippedWithItsLineAndReasonAndTheOthersAreRead() {
        String ics = HEAD
                + event("good-1", "Före", stockholm("20270301T090000", "20270301T100000"))
                + event("bad-1", "Trasig serie", stockholm("20270302T090000", "20270302T100000"),
                        "RRULE:FREQ=SOMETIMES")
                + event("good-2", "Efter", stockholm("20270303T090000", "20270303T100000"))
                + TAIL;

        CalendarReading read = read(ics);

        assertEquals(List.of(timed("good-1", "Före", "2027-03-01T09:00", "2027-03-01T10:00"),
                timed("good-2", "Efter", "2027-03-03T09:00", "2027-03-03T10:00")), read.events());
        assertEquals(List.of(new ReadingNote(11, "bad-1", "Trasig serie", Reason.BAD_RULE, "RRULE:FREQ=SOMETIMES")),
                read.notes());
        assertEquals("Trasig serie", read.skipped().get(0).event());
    }

    @Test
    void anImpossibleDateOrAMissingStartSkipsOnlyThatEvent() {
        String ics = HEAD
                + event("no-such-day", "Trettionde februari", "DTSTART:20270230T100000", "DTEND:20270230T110000")
                + "BEGIN:VEVENT\nUID:no-start\nDTSTAMP:20270101T000000Z\nEND:VEVENT\n"
                + event("good", "Läsbar", stockholm("20270404T090000", "20270404T100000"))
                + TAIL;

        CalendarReading read = read(ics);

        assertEquals(List.of(timed("good", "Läsbar", "2027-04-04T09:00", "2027-04-04T10:00")), read.events());
        assertEquals(List.of(Reason.BAD_DATE, Reason.NO_START),
                read.skipped().stream().map(ReadingNote::reason).toList());
        assertEquals(List.of("Trettionde februari", "no-start"),
                read.skipped().stream().map(ReadingNote::event).toList());
    }

    @Test
    void anEventCutOffBeforeTheNextIsSkippedButACalendarCutOffIsRefusedWhole() {
        String ics = HEAD
                + "BEGIN:VEVENT\nUID:cut\nSUMMARY:Avbruten\nDTSTART:20270505T090000\n"
                + event("whole", "Hel", stockholm("20270506T090000", "20270506T100000"))
                + TAIL;

        CalendarReading read = read(ics);

        assertEquals(List.of(timed("whole", "Hel", "2027-05-06T09:00", "2027-05-06T10:00")), read.events());
        assertEquals(List.of(new ReadingNote(4, "cut", "Avbruten", Reason.UNREADABLE_EVENT, "END:VEVENT")),
                read.notes());

        String cutOff = HEAD + event("whole", "Hel", stockholm("20270506T090000", "20270506T100000"));
        assertEquals(IcsReader.UNREADABLE, assertThrows(GovernanceException.class, () -> read(cutOff))
                .getMessageKey(), "a partial download must not replace a calendar's events");
        assertEquals(IcsReader.UNREADABLE, assertThrows(GovernanceException.class,
                () -> read("SUMMARY:ingen kalender\n")).getMessageKey());
    }

    @Test
    void aWindowsZoneNameWithoutItsDefinitionIsReadAsTheIanaZoneCldrMapsItTo() {
        String ics = HEAD
                + event("win-1", "Sommar", zoned("\"W. Europe Standard Time\"", "20270604T090000", "20270604T120000"))
                // GMT Standard Time is London: 09:00 there is 10:00 in Stockholm
                + event("win-2", "London", zoned("GMT Standard Time", "20270115T090000", "20270115T100000"))
                + TAIL;

        CalendarReading read = read(ics);

        assertEquals(List.of(timed("win-2", "London", "2027-01-15T10:00", "2027-01-15T11:00"),
                timed("win-1", "Sommar", "2027-06-04T09:00", "2027-06-04T12:00")), read.events());
        assertEquals(List.of(), read.notes());
    }

    @Test
    void localizedAndPrefixedZoneNamesAreRecognizedAndAnUnknownOneIsStockholmTimeAndNoted() {
        String ics = HEAD
                + event("sv", "Svenskt namn", zoned("Centraleuropeisk normaltid", "20270201T090000", "20270201T100000"))
                + event("outlook", "Outlooks visningsnamn", zoned(
                        "\"(UTC+02:00) Helsingfors, Kiev, Riga, Sofia, Tallinn, Vilnius\"", "20270202T100000",
                        "20270202T110000"))
                + event("mozilla", "Sökväg", zoned("/mozilla.org/20070129_1/Europe/London", "20270203T090000",
                        "20270203T100000"))
                + event("unknown", "Okänd zon", zoned("Kontorstid", "20270204T090000", "20270204T100000"))
                + TAIL;

        CalendarReading read = read(ics);

        assertEquals(List.of(timed("sv", "Svenskt namn", "2027-02-01T09:00", "2027-02-01T10:00"),
                // Riga 10:00 (UTC+2) is 09:00 in Stockholm (UTC+1)
                timed("outlook", "Outlooks visningsnamn", "2027-02-02T09:00", "2027-02-02T10:00"),
                timed("mozilla", "Sökväg", "2027-02-03T10:00", "2027-02-03T11:00"),
                timed("unknown", "Okänd zon", "2027-02-04T09:00", "2027-02-04T10:00")), read.events());
        assertEquals(List.of(new ReadingNote(25, "unknown", "Okänd zon", Reason.UNKNOWN_ZONE, "Kontorstid")),
                read.notes(), "reported once, and nothing skipped");
        assertEquals(List.of(), read.skipped());
    }

    @Test
    void rdatePeriodsAndDatesAddOccurrencesBesideTheFirst() {
        String ics = HEAD
                + event("rdate", "Extra tillfällen", stockholm("20270301T090000", "20270301T100000"),
                        "RDATE;VALUE=PERIOD:20270305T120000Z/20270305T130000Z,20270306T120000Z/PT2H",
                        "RDATE;TZID=Europe/Stockholm:20270310T090000")
                + TAIL;

        assertEquals(List.of(timed("rdate", "Extra tillfällen", "2027-03-01T09:00", "2027-03-01T10:00"),
                timed("rdate", "Extra tillfällen", "2027-03-05T13:00", "2027-03-05T14:00"),
                timed("rdate", "Extra tillfällen", "2027-03-06T13:00", "2027-03-06T15:00"),
                timed("rdate", "Extra tillfällen", "2027-03-10T09:00", "2027-03-10T10:00")), read(ics).events());
    }

    @Test
    void aFoldInsideAThreeOrFourByteCharacterIsUnfoldedOnOctets() {
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
        byte[] smile = "😀".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes((HEAD + "BEGIN:VEVENT\nUID:fold\n" + stockholm("20270601T090000", "20270601T100000")
                + "\nSUMMARY:Budget 5 ").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        file.write(euro, 0, 1);
        file.writeBytes("\r\n ".getBytes(StandardCharsets.US_ASCII));
        file.write(euro, 1, 2);
        file.writeBytes(" och ".getBytes(StandardCharsets.US_ASCII));
        file.write(smile, 0, 3);
        file.writeBytes("\r\n\t".getBytes(StandardCharsets.US_ASCII));
        file.write(smile, 3, 1);
        file.writeBytes("\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.US_ASCII));

        assertEquals(List.of(timed("fold", "Budget 5 € och 😀", "2027-06-01T09:00", "2027-06-01T10:00")),
                read(file.toByteArray()).events());
    }

    @Test
    void lfAndCrlfFilesAndAByteOrderMarkReadAlike() {
        String ics = HEAD + event("ends", "Radslut Åland", stockholm("20270701T090000", "20270701T100000"),
                "DESCRIPTION:vikt över\n  två rader") + TAIL;
        List<ExternalEvent> expected = List.of(timed("ends", "Radslut Åland", "2027-07-01T09:00", "2027-07-01T10:00"));
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        ByteArrayOutputStream withBom = new ByteArrayOutputStream();
        withBom.writeBytes(bom);
        withBom.writeBytes(ics.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));

        assertEquals(expected, read(ics.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)).events(), "CRLF");
        assertEquals(expected, read(ics.getBytes(StandardCharsets.UTF_8)).events(), "LF");
        assertEquals(expected, read(withBom.toByteArray()).events(), "BOM");
    }

    @Test
    void anAllDayEventEndingWhereItStartsLastsItsDayAlsoWhenItRecurs() {
        String ics = HEAD
                + event("zero", "Nolldag", "DTSTART;VALUE=DATE:20270801", "DTEND;VALUE=DATE:20270801",
                        "RRULE:FREQ=WEEKLY;COUNT=2")
                + TAIL;

        assertEquals(List.of(allDay("zero", "Nolldag", "2027-08-01"), allDay("zero", "Nolldag", "2027-08-08")),
                read(ics).events());
    }
}
