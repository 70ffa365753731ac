package se.sodertorn.governance.ejb.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/** The Europe/Stockholm time zone, for java.time and as an iCalendar VTIMEZONE. */
final class Stockholm {

    static final String TZID = "Europe/Stockholm";
    static final ZoneId ZONE = ZoneId.of(TZID);

    private static final ZoneOffset CET = ZoneOffset.ofHours(1);
    private static final ZoneOffset CEST = ZoneOffset.ofHours(2);

    private Stockholm() {
    }

    /**
     * A VTIMEZONE named Europe/Stockholm with the EU summer-time rule in force since 1996 (last
     * Sunday of March and of October, 01:00 UTC). ical4j's bundled definition is not used: it is
     * Europe/Berlin's (a tz link) and would carry TZID Europe/Berlin.
     */
    static VTimeZone vTimeZone() {
        Observance standard = observance(new Standard(), "CET", CEST, CET,
                LocalDateTime.of(1996, 10, 27, 3, 0), "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        Observance daylight = observance(new Daylight(), "CEST", CET, CEST,
                LocalDateTime.of(1996, 3, 31, 2, 0), "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
        VTimeZone timeZone = new VTimeZone();
        timeZone.add(new TzId(TZID));
        timeZone.add(standard);
        timeZone.add(daylight);
        return timeZone;
    }

    private static Observance observance(Observance observance, String name, ZoneOffset from,
            ZoneOffset to, LocalDateTime onset, String rule) {
        observance.add(new TzName(name));
        observance.add(new DtStart<>(onset));
        observance.add(new TzOffsetFrom(from));
        observance.add(new TzOffsetTo(to));
        observance.add(new RRule<>(rule));
        return observance;
    }

    /**
     * A parsed iCalendar date or date-time as Stockholm wall clock: a date is its midnight, a
     * floating (zone-less) time is taken as Stockholm time, anything else is converted.
     */
    static LocalDateTime wallClock(Temporal temporal) {
        if (temporal instanceof LocalDate date) {
            return date.atStartOfDay();
        }
        if (temporal instanceof LocalDateTime local) {
            return local;
        }
        if (temporal instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(ZONE).toLocalDateTime();
        }
        if (temporal instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(ZONE).toLocalDateTime();
        }
        return LocalDateTime.ofInstant(Instant.from(temporal), ZONE);
    }

    /** The Stockholm wall-clock time as a temporal of the same kind as {@code like}. */
    static Temporal sameKind(LocalDateTime wallClock, Temporal like) {
        if (like instanceof LocalDate) {
            return wallClock.toLocalDate();
        }
        if (like instanceof LocalDateTime) {
            return wallClock;
        }
        ZonedDateTime zoned = wallClock.atZone(ZONE);
        if (like instanceof OffsetDateTime) {
            return zoned.toOffsetDateTime();
        }
        if (like instanceof Instant) {
            return zoned.toInstant();
        }
        return zoned;
    }
}
