package se.sodertorn.governance.ejb.calendar;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes meetings as an iCalendar file (RFC 5545, with the RFC 5546 METHOD) that Outlook and other
 * calendars import: times carry TZID=Europe/Stockholm, with its VTIMEZONE in the file. An invitation (REQUEST or
 * CANCEL) names its ORGANIZER and every invitee as an ATTENDEE who is asked to reply (RSVP=TRUE,
 * PARTSTAT=NEEDS-ACTION).
 */
public class IcsWriter {

    /** The PRODID of every file written. */
    public static final String PRODUCT_ID = "-//Södertörnskommunerna//Governance//SV";

    private final Clock clock;

    public IcsWriter() {
        this(Clock.systemUTC());
    }

    /** For tests: DTSTAMP is taken from the clock. */
    IcsWriter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The entries as one iCalendar text with CRLF line ends: ical4j writes the content lines unfolded (its own
     * folding counts characters, not octets, and may leave a line holding only a space), {@link ContentLineFolder}
     * folds them at 75 octets.
     *
     * @param calendarName the X-WR-CALNAME shown by calendars that subscribe; left out if blank
     * @param entries      the meetings, in the order written
     * @param method       PUBLISH, REQUEST or CANCEL; with CANCEL every event is STATUS:CANCELLED
     *                     (RFC 5546 wants an organizer on every event, Outlook on REQUEST and CANCEL)
     */
    public String write(String calendarName, List<CalendarEntry> entries, CalendarMethod method) {
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(method, "method");
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Method(method.name()));
        if (calendarName != null && !calendarName.isBlank()) {
            calendar.add(new XProperty("X-WR-CALNAME", calendarName.strip()));
        }
        calendar.add(Stockholm.vTimeZone());
        Instant stamp = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        for (CalendarEntry entry : entries) {
            calendar.add(event(entry, method, stamp));
        }
        return ContentLineFolder.fold(calendar.toString());
    }

    private static VEvent event(CalendarEntry entry, CalendarMethod method, Instant stamp) {
        VEvent event = new VEvent(false);
        event.add(new Uid(entry.uid()));
        event.add(new Sequence(entry.sequence()));
        event.add(new DtStamp(stamp));
        event.add(new DtStart<>(entry.start().atZone(Stockholm.ZONE)));
        event.add(new DtEnd<>(entry.end().atZone(Stockholm.ZONE)));
        addText(event, entry.summary(), Summary::new);
        addText(event, entry.location(), Location::new);
        addText(event, entry.description(), Description::new);
        boolean cancelled = entry.cancelled() || method == CalendarMethod.CANCEL;
        event.add(new Status(cancelled ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        if (entry.organizer() != null) {
            Organizer organizer = new Organizer(mailto(entry.organizer()));
            addName(organizer, entry.organizer());
            event.add(organizer);
        }
        for (Invitee invitee : entry.invitees()) {
            Attendee attendee = new Attendee(mailto(invitee));
            addName(attendee, invitee);
            attendee.add(Role.REQ_PARTICIPANT);
            attendee.add(PartStat.NEEDS_ACTION);
            attendee.add(Rsvp.TRUE);
            event.add(attendee);
        }
        return event;
    }

    private static void addText(VEvent event, String text, Function<String, Property> property) {
        if (text != null && !text.isBlank()) {
            event.add(property.apply(text));
        }
    }

    private static void addName(Property property, Invitee person) {
        if (person.name() != null) {
            property.add(new Cn(person.name()));
        }
    }

    private static URI mailto(Invitee person) {
        return URI.create("mailto:" + person.email());
    }
}
