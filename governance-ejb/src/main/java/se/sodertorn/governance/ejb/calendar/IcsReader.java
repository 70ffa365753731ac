package se.sodertorn.governance.ejb.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import se.sodertorn.governance.domain.shared.GovernanceException;

/**
 * Reads the events of an iCalendar file (for example another body's meeting calendar) that
 * overlap a range of days, recurring events expanded, all in Stockholm wall-clock time.
 *
 * <p>Cancelled events (STATUS:CANCELLED) are left out; a changed occurrence of a recurring event
 * (RECURRENCE-ID) replaces the one it changes. Date-times without a zone are taken as Stockholm
 * time.
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

    private static final Comparator<ExternalEvent> ORDER = Comparator.comparing(ExternalEvent::start)
            .thenComparing(ExternalEvent::end).thenComparing(ExternalEvent::uid);

    /**
     * The events overlapping the days {@code from} to {@code to}, both included, sorted by start.
     * The stream is read as UTF-8 and not closed.
     *
     * @throws GovernanceException {@value #UNREADABLE} if the input cannot be read as iCalendar,
     *                             {@value #TOO_MANY_EVENTS} if more than {@value #MAX_EVENTS} events
     */
    public List<ExternalEvent> read(InputStream in, LocalDate from, LocalDate to) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        Calendar calendar = parse(in);
        Window window = new Window(from.atStartOfDay(), to.plusDays(1).atStartOfDay());
        try {
            List<VEvent> events = calendar.getComponents(Component.VEVENT);
            Set<String> replaced = replacedOccurrences(events);
            List<ExternalEvent> found = new ArrayList<>();
            for (VEvent event : events) {
                if (!isCancelled(event)) {
                    occurrences(event, window, replaced, found);
                }
            }
            found.sort(ORDER);
            return List.copyOf(found);
        } catch (GovernanceException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new GovernanceException(UNREADABLE);
        }
    }

    private static Calendar parse(InputStream in) {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(in);
        } catch (IOException | ParserException | RuntimeException e) {
            throw new GovernanceException(UNREADABLE);
        }
        if (calendar == null) {
            throw new GovernanceException(UNREADABLE);
        }
        return calendar;
    }

    /** UID plus wall-clock start of each occurrence that a RECURRENCE-ID event replaces. */
    private static Set<String> replacedOccurrences(List<VEvent> events) {
        Set<String> replaced = new HashSet<>();
        for (VEvent event : events) {
            Optional<DateProperty<Temporal>> recurrenceId = event.getProperty(Property.RECURRENCE_ID);
            recurrenceId.map(DateProperty::getDate)
                    .ifPresent(date -> replaced.add(key(uid(event), Stockholm.wallClock(date))));
        }
        return replaced;
    }

    private static void occurrences(VEvent event, Window window, Set<String> replaced, List<ExternalEvent> found) {
        Optional<DateProperty<Temporal>> startProperty = event.getProperty(Property.DTSTART);
        if (startProperty.isEmpty()) {
            return;
        }
        Temporal start = startProperty.get().getDate();
        boolean allDay = start instanceof LocalDate;
        String uid = uid(event);
        String summary = event.getProperty(Property.SUMMARY).map(Property::getValue).orElse("");
        boolean recurring = event.getProperty(Property.RECURRENCE_ID).isEmpty()
                && !event.getProperties(Property.RRULE, Property.RDATE).isEmpty();
        if (!recurring) {
            LocalDateTime begins = Stockholm.wallClock(start);
            add(found, window, new ExternalEvent(uid, summary, begins, end(event, start, begins), allDay));
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
                LocalDateTime ends = Stockholm.wallClock(period.getEnd());
                add(found, window, new ExternalEvent(uid, summary, begins, ends.isBefore(begins) ? begins : ends, allDay));
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
        return ends.isBefore(begins) ? begins : ends;
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
