package se.sodertorn.governance.ejb.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyListAccessor;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

/** Meetings written as iCalendar read back, with ical4j and biweekly, as what was meant. */
class IcsWriterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-02-01T08:15:30.5Z"), ZoneOffset.UTC);

    private final IcsWriter writer = new IcsWriter(CLOCK);

    private static CalendarEntry entry(int sequence, boolean cancelled) {
        return new CalendarEntry("meeting-42@governance.sodertorn.se", sequence,
                LocalDateTime.of(2024, 3, 12, 13, 0), LocalDateTime.of(2024, 3, 12, 15, 30),
                "Styrgruppen för samverkan", "Huddinge kommunhus, sal Ågesta",
                "Dagordning:\n1. Budget 2025; 2. Övrigt, frågor", cancelled,
                List.of(new Invitee("Svensson, Anna", "anna.svensson@botkyrka.se"),
                        new Invitee(null, "nils@nykvarn.se")),
                new Invitee("Sekreterare Eva Ek", "eva.ek@huddinge.se"));
    }

    /** Read by ical4j after the line rules and biweekly agree (see {@link IcsFileCheck}). */
    private static Calendar parse(String ics) {
        return IcsFileCheck.check(ics).ical4j();
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(1, events.size());
        return events.get(0);
    }

    private static String value(PropertyListAccessor container, String property) {
        return container.getProperty(property).map(Property::getValue).orElseThrow();
    }

    private static String parameter(Property property, String parameter) {
        return property.getParameter(parameter).map(Parameter::getValue).orElseThrow();
    }

    @Test
    void anInvitationReadsBackWithItsIdentityTimesAndInvitees() throws Exception {
        String ics = writer.write("Samverkansmöten", List.of(entry(3, false)), CalendarMethod.REQUEST);

        Calendar calendar = parse(ics);
        assertEquals("REQUEST", value(calendar, Property.METHOD));
        assertEquals(IcsWriter.PRODUCT_ID, value(calendar, Property.PRODID));
        assertEquals("2.0", value(calendar, Property.VERSION));
        assertEquals("Samverkansmöten", value(calendar, "X-WR-CALNAME"));
        List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
        assertEquals(1, zones.size());
        assertEquals("Europe/Stockholm", value(zones.get(0), Property.TZID));

        VEvent event = onlyEvent(calendar);
        assertEquals("meeting-42@governance.sodertorn.se", value(event, Property.UID));
        assertEquals("3", value(event, Property.SEQUENCE));
        assertEquals("CONFIRMED", value(event, Property.STATUS));
        assertEquals("20240201T081530Z", value(event, Property.DTSTAMP));
        assertEquals("Styrgruppen för samverkan", value(event, Property.SUMMARY));
        assertEquals("Huddinge kommunhus, sal Ågesta", value(event, Property.LOCATION));
        assertEquals("Dagordning:\n1. Budget 2025; 2. Övrigt, frågor", value(event, Property.DESCRIPTION));

        DtStart<Temporal> start = event.getProperty(Property.DTSTART).map(p -> (DtStart<Temporal>) p).orElseThrow();
        assertEquals("Europe/Stockholm", parameter(start, Parameter.TZID));
        assertEquals("20240312T130000", start.getValue());
        // 13:00 in Stockholm in March (winter time) is 12:00 UTC
        assertEquals(Instant.parse("2024-03-12T12:00:00Z"), ((ZonedDateTime) start.getDate()).toInstant());
        Property end = event.getProperty(Property.DTEND).orElseThrow();
        assertEquals("Europe/Stockholm", parameter(end, Parameter.TZID));
        assertEquals("20240312T153000", end.getValue());

        Property organizer = event.getProperty(Property.ORGANIZER).orElseThrow();
        assertEquals("mailto:eva.ek@huddinge.se", organizer.getValue());
        assertEquals("Sekreterare Eva Ek", parameter(organizer, Parameter.CN));

        List<Attendee> attendees = event.getProperties(Property.ATTENDEE);
        assertEquals(2, attendees.size());
        Attendee anna = attendees.get(0);
        assertEquals("mailto:anna.svensson@botkyrka.se", anna.getValue());
        assertEquals("Svensson, Anna", parameter(anna, Parameter.CN));
        assertEquals("REQ-PARTICIPANT", parameter(anna, Parameter.ROLE));
        assertEquals("NEEDS-ACTION", parameter(anna, Parameter.PARTSTAT));
        assertEquals("TRUE", parameter(anna, Parameter.RSVP));
        assertEquals("mailto:nils@nykvarn.se", attendees.get(1).getValue());
        assertTrue(attendees.get(1).getParameter(Parameter.CN).isEmpty());
    }

    @Test
    void theTextIsCrlfIcalendarWithAQuotedNameAndEscapedText() {
        String ics = writer.write("Samverkansmöten", List.of(entry(0, false)), CalendarMethod.REQUEST);

        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"), ics);
        assertFalse(ics.replace("\r\n", "").contains("\n"), "bare LF in " + ics);
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("METHOD:REQUEST\r\n"), ics);
        assertTrue(unfolded.contains("DTSTART;TZID=Europe/Stockholm:20240312T130000\r\n"), ics);
        assertTrue(unfolded.contains("CN=\"Svensson, Anna\""), ics);
        assertTrue(unfolded.contains("DESCRIPTION:Dagordning:\\n1. Budget 2025\\; 2. Övrigt\\, frågor\r\n"), ics);
        IcsFileCheck.check(ics);
    }

    @Test
    void aCancelledEntryIsStatusCancelled() throws Exception {
        String ics = writer.write("Samverkansmöten", List.of(entry(4, true)), CalendarMethod.REQUEST);

        VEvent event = onlyEvent(parse(ics));
        assertEquals("CANCELLED", value(event, Property.STATUS));
        assertEquals("4", value(event, Property.SEQUENCE));
    }

    @Test
    void aCancelMakesEveryEventCancelled() throws Exception {
        CalendarEntry other = new CalendarEntry("meeting-43@governance.sodertorn.se", 1,
                LocalDateTime.of(2024, 4, 2, 9, 0), LocalDateTime.of(2024, 4, 2, 10, 0),
                "Presidiet", null, null, false, null, null);
        String ics = writer.write("Samverkansmöten", List.of(entry(5, false), other), CalendarMethod.CANCEL);

        Calendar calendar = parse(ics);
        assertEquals("CANCEL", value(calendar, Property.METHOD));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(2, events.size());
        events.forEach(event -> assertEquals("CANCELLED", value(event, Property.STATUS)));
        VEvent bare = events.get(1);
        assertTrue(bare.getProperty(Property.LOCATION).isEmpty());
        assertTrue(bare.getProperty(Property.ORGANIZER).isEmpty());
        assertTrue(bare.getProperties(Property.ATTENDEE).isEmpty());
    }

    @Test
    void aHigherSequenceIsWrittenAsAHigherSequence() throws Exception {
        int first = Integer.parseInt(value(onlyEvent(parse(
                writer.write("M", List.of(entry(1, false)), CalendarMethod.REQUEST))), Property.SEQUENCE));
        int second = Integer.parseInt(value(onlyEvent(parse(
                writer.write("M", List.of(entry(2, false)), CalendarMethod.REQUEST))), Property.SEQUENCE));

        assertEquals(1, first);
        assertTrue(second > first);
    }

    @Test
    void summerTimeIsWrittenAsStockholmWallClock() throws Exception {
        CalendarEntry june = new CalendarEntry("june@governance.sodertorn.se", 0,
                LocalDateTime.of(2024, 6, 10, 9, 0), LocalDateTime.of(2024, 6, 10, 10, 0),
                "Junimöte", null, null, false, List.of(), null);
        String ics = writer.write("M", List.of(june), CalendarMethod.PUBLISH);

        Calendar calendar = parse(ics);
        assertEquals("PUBLISH", value(calendar, Property.METHOD));
        VEvent event = onlyEvent(calendar);
        assertEquals("20240610T090000", value(event, Property.DTSTART));
        DtStart<Temporal> start = event.getProperty(Property.DTSTART).map(p -> (DtStart<Temporal>) p).orElseThrow();
        // the written VTIMEZONE gives summer time: 09:00 CEST is 07:00 UTC
        assertEquals(Instant.parse("2024-06-10T07:00:00Z"), ((ZonedDateTime) start.getDate()).toInstant());
    }

    @Test
    void theWrittenTimeZoneHasStockholmsOffsetEveryDayFrom1996To2040() {
        // checked at noon UTC: ical4j's java.util.TimeZone view is an hour late at the change itself
        net.fortuna.ical4j.model.TimeZone written = new net.fortuna.ical4j.model.TimeZone(Stockholm.vTimeZone());
        java.time.zone.ZoneRules rules = Stockholm.ZONE.getRules();
        for (Instant noon = Instant.parse("1996-04-01T12:00:00Z"); noon.isBefore(Instant.parse("2041-01-01T00:00:00Z"));
                noon = noon.plusSeconds(24 * 3600)) {
            long expected = rules.getOffset(noon).getTotalSeconds() * 1000L;
            assertEquals(expected, written.getOffset(noon.toEpochMilli()), noon::toString);
        }
    }

    @Test
    void theWrittenCalendarPassesIcal4jValidation() throws Exception {
        Calendar calendar = parse(writer.write("M", List.of(entry(2, false)), CalendarMethod.REQUEST));

        assertFalse(calendar.validate().hasErrors(), () -> calendar.validate().toString());
    }

    private static CalendarEntry at(String place, String description, List<Invitee> invitees) {
        return new CalendarEntry("meeting-44@governance.sodertorn.se", 1, LocalDateTime.of(2024, 5, 7, 9, 0),
                LocalDateTime.of(2024, 5, 7, 12, 0), "Samarbetskommittén", place, description, false, invitees,
                new Invitee("Åsa Öberg-Ärlig", "asa.oberg@huddinge.se"));
    }

    /** The written content line of the property, unfolded. */
    private static String unfoldedLine(String ics, String property) {
        return ics.replace("\r\n ", "").lines().filter(l -> l.startsWith(property)).findFirst().orElseThrow();
    }

    @Test
    void aLineOfSeventyThreeOctetsIsNotFollowedByALoneSpace() {
        String place = "Huddinge kommunhus - stora sammantradessalen - plan 4 - ingang B";
        assertEquals(64, place.length());

        String ics = writer.write("M", List.of(at(place, null, List.of())), CalendarMethod.PUBLISH);

        assertEquals(73, unfoldedLine(ics, "LOCATION:").length());
        assertTrue(ics.contains("\r\nLOCATION:" + place + "\r\nSTATUS:"), ics);
        assertFalse(ics.contains("\r\n \r\n"), ics);
        IcsFileCheck.check(ics);
    }

    @Test
    void swedishTextIsFoldedAtSeventyFiveOctetsBetweenCharacters() {
        String place = "Ängsö slott, Åkerö gård – Östra flygeln, sal Ödåkra, Övre Sörgården";

        String ics = writer.write("M", List.of(at(place, null, List.of())), CalendarMethod.PUBLISH);

        assertTrue(unfoldedLine(ics, "LOCATION:").getBytes(StandardCharsets.UTF_8).length > 75, "folded at all");
        assertEquals(place, value(onlyEvent(parse(ics)), Property.LOCATION));
        assertEquals(place, IcsFileCheck.check(ics).biweekly().getEvents().get(0).getLocation().getValue());
    }

    @Test
    void aLongDescriptionWithLineBreaksAndEmojiReadsBackWhole() {
        String description = ("Dagordning för Samarbetskommitténs sammanträde: 1. Öppnande, 2. Val av justerare "
                + "(förslag: Åsa Öberg), 3. Budgetuppföljning – Södertörns överenskommelse 🗓️ 2025–2027;\n").repeat(12)
                + "Mellanslag   mitt i, och sist.";

        String ics = writer.write("M", List.of(at("Sal Ö", description, List.of())), CalendarMethod.REQUEST);

        assertTrue(ics.lines().filter(l -> l.startsWith(" ")).count() > 20, ics);
        assertEquals(description, IcsFileCheck.check(ics).events().get(0).description());
    }

    @Test
    void everyInviteeIsAnAttendeeAskedToReplyWhateverTheirName() {
        List<Invitee> invitees = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            invitees.add(new Invitee("Ö" + "ÅÄÖåäö".repeat(i % 7) + " Lindström-Ärlebäck, nr " + i,
                    "ledamot" + i + "@sodertorn.example"));
        }

        String ics = writer.write("Samverkansmöten", List.of(at("Sal Ö", null, invitees)), CalendarMethod.REQUEST);

        IcsFileCheck.Event event = IcsFileCheck.check(ics).events().get(0);
        assertEquals(25, event.attendees().size());
        for (int i = 0; i < 25; i++) {
            assertEquals(invitees.get(i).name() + " <mailto:" + invitees.get(i).email() + "> REQ-PARTICIPANT "
                    + "NEEDS-ACTION TRUE", event.attendees().get(i));
        }
        assertEquals("Åsa Öberg-Ärlig <mailto:asa.oberg@huddinge.se>", event.organizer());
    }

    @Test
    void aCancellationNamesItsOrganizerAndAttendees() {
        String ics = writer.write("M", List.of(entry(6, false)), CalendarMethod.CANCEL);

        IcsFileCheck.Event event = IcsFileCheck.check(ics).events().get(0);
        assertEquals("CANCELLED", event.status());
        assertEquals(6, event.sequence());
        assertEquals("Sekreterare Eva Ek <mailto:eva.ek@huddinge.se>", event.organizer());
        assertEquals(List.of("Svensson, Anna <mailto:anna.svensson@botkyrka.se> REQ-PARTICIPANT NEEDS-ACTION TRUE",
                "null <mailto:nils@nykvarn.se> REQ-PARTICIPANT NEEDS-ACTION TRUE"), event.attendees());
    }
}
