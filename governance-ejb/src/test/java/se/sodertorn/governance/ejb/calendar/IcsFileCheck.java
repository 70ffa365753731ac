package se.sodertorn.governance.ejb.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.io.ParseWarning;
import biweekly.parameter.ParticipationStatus;
import biweekly.property.Attendee;
import biweekly.property.TextProperty;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;

/**
 * Checks a written iCalendar file the way strict clients read it: the line rules of RFC 5545 §3.1 (CRLF line
 * ends, at most 75 octets a line, no character split between lines, no continuation line of white space only,
 * valid UTF-8), then two independent parsers, ical4j and biweekly, which must both read it without complaint and
 * see the same events.
 */
public final class IcsFileCheck {

    /**
     * A file both parsers read.
     *
     * @param ical4j   what ical4j read
     * @param biweekly what biweekly read
     * @param events   the events as both read them, in file order
     */
    public record Checked(Calendar ical4j, ICalendar biweekly, List<Event> events) {
    }

    /**
     * One event as a client shows it; texts unescaped, times as instants.
     *
     * @param attendees each as {@code CN <address> ROLE PARTSTAT RSVP}, in file order
     * @param organizer as {@code CN <address>}, null if none
     */
    public record Event(String uid, Integer sequence, Instant start, Instant end, String summary, String location,
            String description, String status, String organizer, List<String> attendees) {
    }

    private IcsFileCheck() {
    }

    /** Checks the text as the UTF-8 it is sent as; see {@link #check(byte[])}. */
    public static Checked check(String ics) {
        return check(ics.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Checks the file and returns what both parsers read.
     *
     * @throws AssertionError naming the first rule the file breaks
     */
    public static Checked check(byte[] ics) {
        String text = checkLines(ics);
        Calendar ical4j;
        try {
            ical4j = new CalendarBuilder().build(new StringReader(text));
        } catch (Exception e) {
            return fail("ical4j cannot read the file: " + e + "\n" + text);
        }
        List<List<ParseWarning>> warnings = new ArrayList<>();
        List<ICalendar> read;
        try {
            read = Biweekly.parse(text).warnings(warnings).all();
        } catch (Exception e) {
            return fail("biweekly cannot read the file: " + e + "\n" + text);
        }
        assertEquals(1, read.size(), () -> "biweekly reads one calendar in\n" + text);
        assertTrue(warnings.stream().allMatch(List::isEmpty), () -> "biweekly warns " + warnings + " about\n" + text);
        ICalendar biweekly = read.get(0);
        List<Event> events = ical4jEvents(ical4j);
        List<Event> other = biweeklyEvents(biweekly);
        assertEquals(events.size(), other.size(), () -> "ical4j and biweekly count other events in\n" + text);
        for (int i = 0; i < events.size(); i++) {
            assertEquals(events.get(i), other.get(i), "ical4j (expected) and biweekly (actual) read event " + i);
        }
        return new Checked(ical4j, biweekly, events);
    }

    /** The line rules; returns the decoded text. */
    private static String checkLines(byte[] ics) {
        String text = strictUtf8(ics, "the file");
        assertTrue(text.endsWith("\r\n"), () -> "the last line has no CRLF:\n" + text);
        for (int i = 0; i < ics.length; i++) {
            boolean crlf = ics[i] == '\r' && i + 1 < ics.length && ics[i + 1] == '\n';
            boolean afterCr = ics[i] == '\n' && i > 0 && ics[i - 1] == '\r';
            if ((ics[i] == '\r' && !crlf) || (ics[i] == '\n' && !afterCr)) {
                fail("a line end other than CRLF at octet " + i + " of\n" + text);
            }
        }
        int start = 0;
        int number = 1;
        for (int i = 0; i + 1 < ics.length; i++) {
            if (ics[i] == '\r') {
                byte[] line = Arrays.copyOfRange(ics, start, i);
                String where = "line " + number + " '" + new String(line, StandardCharsets.UTF_8) + "'";
                assertTrue(line.length <= ContentLineFolder.MAX_OCTETS, () -> where + " has " + line.length + " octets");
                String decoded = strictUtf8(line, where + " (a character split between lines)");
                boolean continuation = decoded.startsWith(" ") || decoded.startsWith("\t");
                assertFalse(continuation && decoded.isBlank(), () -> where + " continues with white space only");
                assertFalse(decoded.isEmpty(), () -> where + " is empty");
                start = i + 2;
                number++;
            }
        }
        return text;
    }

    private static String strictUtf8(byte[] bytes, String what) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return fail(what + " is not valid UTF-8: " + e);
        }
    }

    private static List<Event> ical4jEvents(Calendar calendar) {
        List<Event> events = new ArrayList<>();
        for (Component component : calendar.getComponents(Component.VEVENT)) {
            VEvent event = (VEvent) component;
            List<String> attendees = event.getProperties(Property.ATTENDEE).stream()
                    .map(a -> person(a) + " " + parameter(a, Parameter.ROLE) + " " + parameter(a, Parameter.PARTSTAT)
                            + " " + parameter(a, Parameter.RSVP))
                    .toList();
            events.add(new Event(text(event, Property.UID), Optional.ofNullable(text(event, Property.SEQUENCE))
                    .map(Integer::valueOf).orElse(null),
                    instant(event, Property.DTSTART), instant(event, Property.DTEND),
                    text(event, Property.SUMMARY), text(event, Property.LOCATION), text(event, Property.DESCRIPTION),
                    text(event, Property.STATUS),
                    event.getProperty(Property.ORGANIZER).map(IcsFileCheck::person).orElse(null), attendees));
        }
        return events;
    }

    private static String text(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }

    private static Instant instant(VEvent event, String name) {
        return event.getProperty(name).map(p -> Instant.from(((DateProperty<?>) p).getDate())).orElse(null);
    }

    private static String parameter(Property property, String name) {
        return property.getParameter(name).map(Parameter::getValue).orElse(null);
    }

    private static String person(Property property) {
        return parameter(property, Parameter.CN) + " <" + property.getValue() + ">";
    }

    private static List<Event> biweeklyEvents(ICalendar calendar) {
        return calendar.getEvents().stream().map(event -> new Event(
                value(event.getUid()), event.getSequence() == null ? null : event.getSequence().getValue(),
                event.getDateStart() == null ? null : event.getDateStart().getValue().toInstant(),
                event.getDateEnd() == null ? null : event.getDateEnd().getValue().toInstant(),
                value(event.getSummary()), value(event.getLocation()), value(event.getDescription()),
                event.getStatus() == null ? null : event.getStatus().getValue(),
                event.getOrganizer() == null ? null
                        : event.getOrganizer().getCommonName() + " <mailto:" + event.getOrganizer().getEmail() + ">",
                event.getAttendees().stream().map(a -> a.getCommonName() + " <mailto:" + a.getEmail() + "> "
                        + role(a) + " "
                        + Optional.ofNullable(a.getParticipationStatus()).map(ParticipationStatus::getValue).orElse(null)
                        + " " + (a.getRsvp() == null ? null : a.getRsvp().toString().toUpperCase())).toList()))
                .toList();
    }

    /** ROLE=CHAIR is a role to biweekly, the other ROLE values of iCalendar 2.0 are levels of participation. */
    private static String role(Attendee attendee) {
        if (attendee.getRole() != null) {
            return attendee.getRole().getValue();
        }
        return attendee.getParticipationLevel() == null ? null
                : attendee.getParticipationLevel().getValue(ICalVersion.V2_0);
    }

    private static String value(TextProperty property) {
        return property == null ? null : Objects.toString(property.getValue(), null);
    }
}
