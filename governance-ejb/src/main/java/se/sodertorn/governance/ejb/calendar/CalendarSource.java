package se.sodertorn.governance.ejb.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.ejb.calendar.ContentLines.Line;

/**
 * The parts of an iCalendar file that a clash check needs, laid out so that each event can be parsed on its own:
 * the time-zone definitions (VTIMEZONE) and each event (VEVENT) with only the properties that place it in time or
 * name it. Everything else — alarms, attendees, locations, other components, unknown and {@code X-} properties — is
 * left out before parsing, so that it cannot reject the file. What real producers bend is mended here, line by line:
 * an empty {@code RRULE:} is left out; a date value ({@code VALUE=DATE}, or eight digits) loses any {@code TZID}
 * (a day has no zone); a {@code TZID} the file does not define is mapped to its IANA zone ({@link TimeZoneNames}), or
 * read as Stockholm time and noted ({@link ReadingNote.Reason#UNKNOWN_ZONE}).
 */
final class CalendarSource {

    private static final Set<String> EVENT_PROPERTIES = Set.of("UID", "SUMMARY", "DTSTART", "DTEND", "DURATION",
            "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID", "STATUS");
    private static final Set<String> DATE_PROPERTIES = Set.of("DTSTART", "DTEND", "RDATE", "EXDATE", "RECURRENCE-ID");
    private static final Pattern DATES = Pattern.compile("\\d{8}(,\\d{8})*");
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{8})(?:T(\\d{6})Z?)?");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern UTC_TIMES = Pattern.compile("[^,]*Z(,[^,]*Z)*");
    private static final String VCALENDAR = "VCALENDAR";
    private static final String VEVENT = "VEVENT";
    private static final String VTIMEZONE = "VTIMEZONE";

    /** One VEVENT as read: its lines (BEGIN and END included) and whether its END:VEVENT came. */
    record EventBlock(int line, List<Line> lines, boolean complete) {

        String property(String name) {
            return lines.stream().map(l -> PropertyLine.parse(l.text())).filter(p -> p.name().equals(name))
                    .map(PropertyLine::value).findFirst().orElse("");
        }

        /**
         * The first line whose date or date-time is not one of the calendar (e.g. 30 February, hour 25), which a
         * lenient parser would quietly move to another day; empty if all are real.
         */
        Optional<Line> impossibleDate() {
            for (Line line : lines) {
                PropertyLine property = PropertyLine.parse(line.text());
                if (DATE_PROPERTIES.contains(property.name()) && !realDates(property.value())) {
                    return Optional.of(line);
                }
            }
            return Optional.empty();
        }

        /** A note on this event. */
        ReadingNote note(ReadingNote.Reason reason, String detail) {
            return new ReadingNote(line, property("UID"), unescaped(property("SUMMARY")), reason, detail);
        }
    }

    private final List<Line> timeZones;
    private final Set<String> definedZones;
    private final List<EventBlock> events;

    private CalendarSource(List<Line> timeZones, Set<String> definedZones, List<EventBlock> events) {
        this.timeZones = timeZones;
        this.definedZones = definedZones;
        this.events = events;
    }

    /**
     * The calendar of the lines: from the first BEGIN:VCALENDAR to its END:VCALENDAR.
     *
     * @throws GovernanceException {@value IcsReader#UNREADABLE} if there is no calendar, or it is cut off (no
     *                             END:VCALENDAR: a partial download must not replace a calendar's events)
     */
    static CalendarSource of(List<Line> lines) {
        Deque<String> open = new ArrayDeque<>();
        List<Line> timeZones = new ArrayList<>();
        Set<String> definedZones = new HashSet<>();
        List<EventBlock> events = new ArrayList<>();
        List<Line> event = null;
        boolean ended = false;
        for (Line line : lines) {
            String text = line.text().strip();
            String upper = text.toUpperCase(Locale.ROOT);
            String begins = upper.startsWith("BEGIN:") ? upper.substring(6).strip() : null;
            String ends = upper.startsWith("END:") ? upper.substring(4).strip() : null;
            if (open.isEmpty()) {
                if (VCALENDAR.equals(begins)) {
                    open.push(VCALENDAR);
                }
                continue;
            }
            if (begins != null && open.size() == 1 && !VCALENDAR.equals(begins)) {
                open.push(begins);
                if (VEVENT.equals(begins)) {
                    event = new ArrayList<>(List.of(line));
                }
            } else if (begins != null && open.size() > 1) {
                if (VEVENT.equals(begins) && VEVENT.equals(second(open))) {
                    events.add(new EventBlock(event.get(0).number(), event, false));
                    while (open.size() > 1) {
                        open.pop();
                    }
                    open.push(VEVENT);
                    event = new ArrayList<>(List.of(line));
                } else {
                    open.push(begins);
                }
            } else if (ends != null && open.contains(ends)) {
                while (!open.peek().equals(ends)) {
                    open.pop();
                }
                open.pop();
                if (event != null && !open.contains(VEVENT)) {
                    boolean complete = VEVENT.equals(ends);
                    if (complete) {
                        event.add(new Line(line.number(), "END:VEVENT"));
                    }
                    events.add(new EventBlock(event.get(0).number(), event, complete));
                    event = null;
                }
                if (open.isEmpty()) {
                    ended = true;
                    break;
                }
            }
            if (open.size() > 1 && VTIMEZONE.equals(second(open)) || VTIMEZONE.equals(ends) && open.size() == 1) {
                timeZones.add(line);
                PropertyLine property = PropertyLine.parse(text);
                if (open.size() == 2 && property.name().equals("TZID")) {
                    definedZones.add(property.value().strip());
                }
            } else if (event != null && open.size() == 2 && begins == null && ends == null) {
                PropertyLine property = PropertyLine.parse(text);
                if (EVENT_PROPERTIES.contains(property.name())) {
                    event.add(line);
                }
            }
        }
        if (!ended) {
            throw new GovernanceException(IcsReader.UNREADABLE);
        }
        return new CalendarSource(timeZones, definedZones, events);
    }

    /** The component just inside VCALENDAR that is open, or null. */
    private static String second(Deque<String> open) {
        return open.size() < 2 ? null : new ArrayList<>(open).get(open.size() - 2);
    }

    List<EventBlock> events() {
        return events;
    }

    /** This calendar without its time-zone definitions (when they cannot be read): zones are then known by name. */
    CalendarSource withoutTimeZones() {
        return new CalendarSource(List.of(), Set.of(), events);
    }

    /** A calendar of the time-zone definitions and no event. */
    String timeZonesOnly() {
        return calendar(List.of(), true).text();
    }

    /**
     * A calendar of the events, mended as the class says, with the time-zone definitions or without them (for a
     * parser that knows them already); assumptions are told to {@code notes}. {@link Text#lines} maps each of its
     * lines back to the file's.
     */
    Text calendar(List<EventBlock> blocks, boolean withTimeZones, Consumer<ReadingNote> notes) {
        List<Line> mended = new ArrayList<>();
        for (EventBlock block : blocks) {
            for (Line line : block.lines()) {
                mend(block, line, notes).ifPresent(text -> mended.add(new Line(line.number(), text)));
            }
        }
        return calendar(mended, withTimeZones);
    }

    private Text calendar(List<Line> eventLines, boolean withTimeZones) {
        List<Line> all = new ArrayList<>();
        all.add(new Line(0, "BEGIN:VCALENDAR"));
        all.add(new Line(0, "VERSION:2.0"));
        all.add(new Line(0, "PRODID:-//Sodertorn//Governance import//SV"));
        if (withTimeZones) {
            all.addAll(timeZones);
        }
        all.addAll(eventLines);
        all.add(new Line(0, "END:VCALENDAR"));
        return new Text(all);
    }

    private Optional<String> mend(EventBlock block, Line line, Consumer<ReadingNote> notes) {
        String text = line.text().strip();
        PropertyLine property = PropertyLine.parse(text);
        if (text.regionMatches(true, 0, "BEGIN:", 0, 6) || text.regionMatches(true, 0, "END:", 0, 4)) {
            return Optional.of(text.toUpperCase(Locale.ROOT));
        }
        if (property.name().equals("RRULE") && property.value().isBlank()) {
            return Optional.empty();
        }
        if (!DATE_PROPERTIES.contains(property.name())) {
            return Optional.of(text);
        }
        String value = property.value().strip();
        if ("DATE".equalsIgnoreCase(property.param("VALUE")) || DATES.matcher(value).matches()) {
            return Optional.of(new PropertyLine(property.name(), property.params(), value).with("TZID", null)
                    .with("VALUE", "DATE").text());
        }
        String tzid = property.param("TZID");
        if (tzid == null || definedZones.contains(tzid.strip())) {
            return Optional.of(text);
        }
        if (UTC_TIMES.matcher(value).matches()) {
            return Optional.of(property.with("TZID", null).text());
        }
        String zone = TimeZoneNames.resolve(tzid).map(Object::toString).orElse(null);
        if (zone == null) {
            notes.accept(block.note(ReadingNote.Reason.UNKNOWN_ZONE, tzid));
            zone = Stockholm.TZID;
        }
        return Optional.of(property.with("TZID", zone).text());
    }

    /** Whether each date, date-time and period start or end of a list is a real one (durations pass). */
    private static boolean realDates(String list) {
        for (String part : list.strip().split("[,/]")) {
            Matcher value = DATE_TIME.matcher(part.strip());
            if (part.strip().matches("[+-]?P.*")) {
                continue;
            }
            if (!value.matches()) {
                return false;
            }
            try {
                LocalDate.parse(value.group(1), DAY);
                if (value.group(2) != null) {
                    LocalTime.parse(value.group(2), TIME);
                }
            } catch (DateTimeParseException impossible) {
                return false;
            }
        }
        return true;
    }

    /** iCalendar TEXT unescaped (RFC 5545 §3.3.11). */
    static String unescaped(String text) {
        return text.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",").replace("\\;", ";")
                .replace("\\\\", "\\");
    }

    /** Calendar text built here, and the file's line of each of its lines (0 for lines made here). */
    record Text(List<Line> lines) {

        String text() {
            StringBuilder text = new StringBuilder();
            lines.forEach(line -> text.append(line.text()).append("\r\n"));
            return text.toString();
        }

        /** The line of the text, from 1, or null. */
        Line line(int number) {
            return number >= 1 && number <= lines.size() ? lines.get(number - 1) : null;
        }
    }
}
