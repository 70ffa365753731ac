package se.sodertorn.governance.ejb.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.ejb.calendar.CalendarSource.EventBlock;
import se.sodertorn.governance.ejb.calendar.ContentLines.Line;

/**
 * Reads the events of an iCalendar file (for example another body's meeting calendar) that
 * overlap a range of days, recurring events expanded, all in Stockholm wall-clock time.
 *
 * <p>Cancelled events (STATUS:CANCELLED) are left out; a changed occurrence of a recurring event
 * (RECURRENCE-ID) replaces the one it changes. Date-times without a zone are taken as Stockholm
 * time.
 *
 * <p>Leniently, as real producers write: the file is unfolded on octets before it is decoded (RFC 5545 §3.1;
 * a byte-order mark is dropped), only what places an event in time or names it is read ({@link CalendarSource}
 * mends empty rules, dates with a zone and zone names), an all-day event that ends where it starts lasts its day,
 * and an event that still cannot be read is skipped and noted with the reason ({@link ReadingNote}) while the others
 * are read. Only a file with no calendar, or a cut-off one, is refused whole; so is a calendar whose events or rules
 * exceed the bounds below.
 */
public class IcsReader {

    /** The most events one read returns. */
    public static final int MAX_EVENTS = 5000;

    /** Message key: the input is not an iCalendar file ical4j can read. */
    public static final String UNREADABLE = "error.calendar.unreadable";

    /** Message key, argument the limit: the range holds more than {@link #MAX_EVENTS} events. */
    public static final String TOO_MANY_EVENTS = "error.calendar.tooManyEvents";

    /** Candidates an RRULE may have ical4j walk from DTSTART before it counts as too many events. */
    private static final long MAX_RULE_STEPS = 1_000_000;

    private static final Set<String> RULE_PROPERTIES = Set.of(Property.RRULE, Property.EXRULE);
    private static final Set<String> DATE_PROPERTIES = Set.of(Property.DTSTART, Property.DTEND, Property.DURATION,
            Property.RDATE, Property.EXDATE, Property.RECURRENCE_ID);

    private static final Comparator<ExternalEvent> ORDER = Comparator.comparing(ExternalEvent::start)
            .thenComparing(ExternalEvent::end).thenComparing(ExternalEvent::uid);

    /**
     * The events overlapping the days {@code from} to {@code to}, both included, sorted by start; events that cannot
     * be read are left out (see {@link #reading}). The stream is read to its end and not closed.
     *
     * @throws GovernanceException {@value #UNREADABLE} if the input holds no whole calendar,
     *                             {@value #TOO_MANY_EVENTS} if more than {@value #MAX_EVENTS} events
     */
    public List<ExternalEvent> read(InputStream in, LocalDate from, LocalDate to) {
        return reading(in, from, to).events();
    }

    /**
     * The events overlapping the days {@code from} to {@code to}, both included, sorted by start, and the notes of
     * what was skipped or assumed. The stream is read to its end and not closed.
     *
     * @throws GovernanceException {@value #UNREADABLE} if the input holds no whole calendar (no BEGIN:VCALENDAR, or
     *                             no END:VCALENDAR after it), {@value #TOO_MANY_EVENTS} if more than
     *                             {@value #MAX_EVENTS} events or a rule whose expansion would exceed the bounds
     */
    public CalendarReading reading(InputStream in, LocalDate from, LocalDate to) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        byte[] octets;
        try {
            octets = in.readAllBytes();
        } catch (IOException e) {
            throw new GovernanceException(UNREADABLE);
        }
        Notes notes = new Notes();
        List<ParsedEvent> events = parse(CalendarSource.of(ContentLines.of(octets)), notes);
        Window window = new Window(from.atStartOfDay(), to.plusDays(1).atStartOfDay());
        Set<String> replaced = replacedOccurrences(events, notes);
        List<ExternalEvent> found = new ArrayList<>();
        for (ParsedEvent event : events) {
            if (!isCancelled(event.event())) {
                List<ExternalEvent> occurrences = new ArrayList<>();
                try {
                    occurrences(event.event(), window, replaced, occurrences);
                } catch (GovernanceException e) {
                    throw e;
                } catch (RuntimeException e) {
                    notes.add(event.block().note(reasonOf(e), ""));
                    continue;
                }
                for (ExternalEvent occurrence : occurrences) {
                    if (found.size() == MAX_EVENTS) {
                        throw new GovernanceException(TOO_MANY_EVENTS, MAX_EVENTS);
                    }
                    found.add(occurrence);
                }
            }
        }
        found.sort(ORDER);
        return new CalendarReading(found, notes.inFileOrder());
    }

    /**
     * The events of the calendar, parsed by ical4j all at once, or one by one when that fails, each that fails then
     * noted with the reason its failing line gives. Time-zone definitions that cannot be read are left out (zones
     * are then known by their names).
     */
    private static List<ParsedEvent> parse(CalendarSource source, Notes notes) {
        CalendarSource usable = source;
        TimeZoneRegistry zones;
        try {
            CalendarBuilder timeZones = new CalendarBuilder();
            build(timeZones, source.timeZonesOnly());
            zones = timeZones.getRegistry();
        } catch (IOException | ParserException | RuntimeException e) {
            usable = source.withoutTimeZones();
            zones = new CalendarBuilder().getRegistry();
        }
        List<EventBlock> complete = new ArrayList<>();
        for (EventBlock block : usable.events()) {
            Optional<Line> impossible = block.impossibleDate();
            if (!block.complete()) {
                notes.add(block.note(ReadingNote.Reason.UNREADABLE_EVENT, "END:VEVENT"));
            } else if (impossible.isPresent()) {
                notes.add(block.note(ReadingNote.Reason.BAD_DATE, shortened(impossible.get().text())));
            } else {
                complete.add(block);
            }
        }
        try {
            List<VEvent> all = build(new CalendarBuilder(), usable.calendar(complete, true, notes::add).text())
                    .getComponents(Component.VEVENT);
            if (all.size() == complete.size()) {
                List<ParsedEvent> parsed = new ArrayList<>();
                for (int i = 0; i < all.size(); i++) {
                    parsed.add(new ParsedEvent(all.get(i), complete.get(i)));
                }
                return parsed;
            }
        } catch (IOException | ParserException | RuntimeException e) {
            // read event by event below
        }
        return oneByOne(usable, complete, zones, notes);
    }

    /**
     * Each event parsed alone, its zones taken from the registry the file's time-zone definitions were read into once
     * (parsing them again for each event would cost more than the events).
     */
    private static List<ParsedEvent> oneByOne(CalendarSource source, List<EventBlock> blocks, TimeZoneRegistry zones,
            Notes notes) {
        CalendarBuilder builder = new CalendarBuilder(zones);
        List<ParsedEvent> parsed = new ArrayList<>();
        for (EventBlock block : blocks) {
            CalendarSource.Text text = source.calendar(List.of(block), false, notes::add);
            try {
                build(builder, text.text()).getComponents(Component.VEVENT)
                        .forEach(event -> parsed.add(new ParsedEvent((VEvent) event, block)));
            } catch (ParserException e) {
                Line line = text.line(e.getLineNo());
                String failing = line == null ? "" : line.text();
                notes.add(block.note(reasonOf(PropertyLine.parse(failing).name()), shortened(failing)));
            } catch (IOException | RuntimeException e) {
                notes.add(block.note(reasonOf(e), ""));
            }
        }
        return parsed;
    }

    private static Calendar build(CalendarBuilder builder, String text) throws IOException, ParserException {
        Calendar calendar = builder.build(new StringReader(text));
        if (calendar == null) {
            throw new ParserException("no calendar", 0);
        }
        return calendar;
    }

    private static ReadingNote.Reason reasonOf(String property) {
        if (RULE_PROPERTIES.contains(property)) {
            return ReadingNote.Reason.BAD_RULE;
        }
        return DATE_PROPERTIES.contains(property) ? ReadingNote.Reason.BAD_DATE : ReadingNote.Reason.UNREADABLE_EVENT;
    }

    private static ReadingNote.Reason reasonOf(Exception e) {
        if (e instanceof MissingStart) {
            return ReadingNote.Reason.NO_START;
        }
        return e instanceof DateTimeException ? ReadingNote.Reason.BAD_DATE : ReadingNote.Reason.UNREADABLE_EVENT;
    }

    private static String shortened(String line) {
        return line.length() > 80 ? line.substring(0, 79) + "…" : line;
    }

    /** UID plus wall-clock start of each occurrence that a RECURRENCE-ID event replaces. */
    private static Set<String> replacedOccurrences(List<ParsedEvent> events, Notes notes) {
        Set<String> replaced = new HashSet<>();
        for (ParsedEvent parsed : events) {
            VEvent event = parsed.event();
            try {
                Optional<DateProperty<Temporal>> recurrenceId = event.getProperty(Property.RECURRENCE_ID);
                recurrenceId.map(DateProperty::getDate)
                        .ifPresent(date -> replaced.add(key(uid(event), Stockholm.wallClock(date))));
            } catch (RuntimeException e) {
                notes.add(parsed.block().note(ReadingNote.Reason.BAD_DATE, Property.RECURRENCE_ID));
            }
        }
        return replaced;
    }

    private static void occurrences(VEvent event, Window window, Set<String> replaced, List<ExternalEvent> found) {
        Optional<DateProperty<Temporal>> startProperty = event.getProperty(Property.DTSTART);
        if (startProperty.isEmpty()) {
            throw new MissingStart();
        }
        Temporal start = startProperty.get().getDate();
        boolean allDay = start instanceof LocalDate;
        String uid = uid(event);
        String summary = event.getProperty(Property.SUMMARY).map(Property::getValue).orElse("");
        boolean recurring = event.getProperty(Property.RECURRENCE_ID).isEmpty()
                && !event.getProperties(Property.RRULE, Property.RDATE).isEmpty();
        if (!recurring) {
            LocalDateTime begins = Stockholm.wallClock(start);
            add(found, window, new ExternalEvent(uid, summary, begins, lasting(begins, end(event, start, begins),
                    allDay), allDay));
            return;
        }
        Set<LocalDateTime> excluded = excludedStarts(event);
        // a day more on each side: floating and all-day values are compared before conversion
        Temporal queryStart = Stockholm.sameKind(window.start().minusDays(1), start);
        Temporal queryEnd = Stockholm.sameKind(window.end().plusDays(1), start);
        checkRuleSizes(event, start, queryStart, queryEnd);
        Set<Period<Temporal>> periods = event.calculateRecurrenceSet(new Period<>(queryStart, queryEnd));
        for (Period<Temporal> period : periods) {
            LocalDateTime begins = Stockholm.wallClock(period.getStart());
            if (!excluded.contains(begins) && !replaced.contains(key(uid, begins))) {
                LocalDateTime ends = lasting(begins, Stockholm.wallClock(period.getEnd()), allDay);
                add(found, window, new ExternalEvent(uid, summary, begins, ends, allDay));
            }
        }
    }

    private static void add(List<ExternalEvent> found, Window window, ExternalEvent event) {
        if (window.overlaps(event.start(), event.end())) {
            if (found.size() == MAX_EVENTS) {
                throw new GovernanceException(TOO_MANY_EVENTS, MAX_EVENTS);
            }
            found.add(event);
        }
    }

    /** The end, at the earliest the start; an all-day event that ends where it starts lasts its day. */
    private static LocalDateTime lasting(LocalDateTime begins, LocalDateTime ends, boolean allDay) {
        if (allDay && !ends.isAfter(begins)) {
            return begins.plusDays(1);
        }
        return ends.isBefore(begins) ? begins : ends;
    }

    /** DTEND, else DTSTART plus DURATION, else one day for a date and none for a date-time. */
    private static LocalDateTime end(VEvent event, Temporal start, LocalDateTime begins) {
        Optional<DateProperty<Temporal>> endProperty = event.getProperty(Property.DTEND);
        LocalDateTime ends;
        if (endProperty.isPresent()) {
            ends = Stockholm.wallClock(endProperty.get().getDate());
        } else {
            Optional<net.fortuna.ical4j.model.property.Duration> duration = event.getProperty(Property.DURATION);
            if (duration.isPresent()) {
                ends = Stockholm.wallClock(start.plus(duration.get().getDuration()));
            } else {
                ends = start instanceof LocalDate ? begins.plusDays(1) : begins;
            }
        }
        return ends;
    }

    /** EXDATE values as wall clock; ical4j compares them only when of the very same kind and zone. */
    private static Set<LocalDateTime> excludedStarts(VEvent event) {
        Set<LocalDateTime> excluded = new HashSet<>();
        List<DateListProperty<Temporal>> exDates = event.getProperties(Property.EXDATE);
        for (DateListProperty<Temporal> exDate : exDates) {
            exDate.getDates().forEach(date -> excluded.add(Stockholm.wallClock(date)));
        }
        return excluded;
    }

    /**
     * Refuses rules whose expansion alone would be too large, whatever the rule says about its end (COUNT, UNTIL or
     * neither): more than {@value #MAX_EVENTS} occurrences in the range, or more than {@value #MAX_RULE_STEPS}
     * candidates to walk from DTSTART to the end of the range (ical4j walks every step of the frequency from DTSTART,
     * each expanded by the rule's BY-lists). A COUNT bounds the walk only for a rule without BY-lists, where every
     * step is an occurrence.
     */
    private static void checkRuleSizes(VEvent event, Temporal start, Temporal queryStart, Temporal queryEnd) {
        List<RRule<Temporal>> rules = event.getProperties(Property.RRULE);
        for (RRule<Temporal> rule : rules) {
            Recur<Temporal> recur = rule.getRecur();
            LocalDateTime last = Stockholm.wallClock(queryEnd);
            Temporal until = recur.getUntil();
            if (until != null && Stockholm.wallClock(until).isBefore(last)) {
                last = Stockholm.wallClock(until);
            }
            long steps = Math.max(0, unitOf(recur.getFrequency()).between(Stockholm.wallClock(start), last))
                    / Math.max(1, recur.getInterval()) + 1;
            long expansion = expansion(recur);
            if (expansion == 1 && recur.getCount() > 0) {
                steps = Math.min(steps, recur.getCount());
            }
            if (steps > MAX_RULE_STEPS / expansion) {
                throw new GovernanceException(TOO_MANY_EVENTS, MAX_EVENTS);
            }
            if (recur.getDates(start, queryStart, queryEnd, MAX_EVENTS + 1).size() > MAX_EVENTS) {
                throw new GovernanceException(TOO_MANY_EVENTS, MAX_EVENTS);
            }
        }
    }

    private static ChronoUnit unitOf(Frequency frequency) {
        return switch (frequency) {
            case SECONDLY -> ChronoUnit.SECONDS;
            case MINUTELY -> ChronoUnit.MINUTES;
            case HOURLY -> ChronoUnit.HOURS;
            case DAILY -> ChronoUnit.DAYS;
            case WEEKLY -> ChronoUnit.WEEKS;
            case MONTHLY -> ChronoUnit.MONTHS;
            case YEARLY -> ChronoUnit.YEARS;
        };
    }

    /**
     * How many candidates one step of the rule may expand into at most: the product of its BY-lists' sizes, a
     * weekday counting every such day of a month or year. Capped at {@value #MAX_RULE_STEPS}.
     */
    private static long expansion(Recur<Temporal> recur) {
        int weekdays = recur.getDayList().size() * switch (recur.getFrequency()) {
            case MONTHLY -> 5;
            case YEARLY -> 53;
            default -> 1;
        };
        long product = 1;
        for (int size : new int[] {recur.getSecondList().size(), recur.getMinuteList().size(),
            recur.getHourList().size(), weekdays, recur.getMonthDayList().size(), recur.getYearDayList().size(),
            recur.getWeekNoList().size(), recur.getMonthList().size()}) {
            product = Math.min(MAX_RULE_STEPS, product * Math.max(1, size));
        }
        return product;
    }

    private static boolean isCancelled(VEvent event) {
        return event.getProperty(Property.STATUS).map(Property::getValue)
                .filter(Status.VALUE_CANCELLED::equalsIgnoreCase).isPresent();
    }

    private static String uid(VEvent event) {
        return event.getProperty(Property.UID).map(Property::getValue).orElse("");
    }

    private static String key(String uid, LocalDateTime start) {
        return uid + '\u0000' + start;
    }

    /** An event ical4j parsed, and the lines it was parsed from. */
    private record ParsedEvent(VEvent event, EventBlock block) {
    }

    /** An event without DTSTART. */
    private static final class MissingStart extends RuntimeException {

        private static final long serialVersionUID = 1L;

        MissingStart() {
            super("no DTSTART", null, false, false);
        }
    }

    /** The notes of one reading: each once, an unknown zone once per name. */
    private static final class Notes {

        private final Set<ReadingNote> notes = new LinkedHashSet<>();
        private final Set<String> zones = new HashSet<>();

        void add(ReadingNote note) {
            if (note.reason() != ReadingNote.Reason.UNKNOWN_ZONE || zones.add(note.detail())) {
                notes.add(note);
            }
        }

        List<ReadingNote> inFileOrder() {
            return notes.stream().sorted(Comparator.comparingInt(ReadingNote::line)).toList();
        }
    }

    /** The days asked for, as a half-open range of wall-clock time. */
    private record Window(LocalDateTime start, LocalDateTime end) {

        /** Overlap of [from, until); an instant event (from == until) overlaps if it lies inside. */
        boolean overlaps(LocalDateTime from, LocalDateTime until) {
            if (from.equals(until)) {
                return !from.isBefore(start) && from.isBefore(end);
            }
            return from.isBefore(end) && until.isAfter(start);
        }
    }
}
