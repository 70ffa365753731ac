package se.sodertorn.governance.ejb.meeting;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import se.sodertorn.governance.domain.meeting.ExternalCalendar;
import se.sodertorn.governance.domain.meeting.ExternalCalendarEvent;
import se.sodertorn.governance.domain.meeting.ExternalCalendarRepository;
import se.sodertorn.governance.domain.security.Roles;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.NotFoundException;
import se.sodertorn.governance.ejb.calendar.CalendarFetcher;
import se.sodertorn.governance.ejb.calendar.CalendarReading;
import se.sodertorn.governance.ejb.calendar.IcsReader;

/** Default {@link ExternalCalendarService}. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.DIRECTOR, Roles.MEMBER})
public class ExternalCalendarServiceBean implements ExternalCalendarService {

    /** The longest an import from an address may take, redirects included. */
    private static final Duration DEADLINE = Duration.ofSeconds(15);

    @Inject
    private ExternalCalendarRepository calendars;
    @Resource
    private ManagedExecutorService executor;

    @Override
    public List<ExternalCalendar> calendars() {
        return calendars.list();
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public CalendarImport importFile(String name, byte[] content, int year) {
        checkSize(content);
        return importEvents(() -> calendars.findByName(name.strip())
                .orElseGet(() -> calendars.save(new ExternalCalendar(name, null))), content, year);
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public CalendarImport importUrl(String name, String url, int year) {
        byte[] content = new CalendarFetcher(MAX_BYTES, DEADLINE, executor).fetch(url);
        return importEvents(() -> calendars.findByName(name.strip())
                .orElseGet(() -> calendars.save(new ExternalCalendar(name, url))), content, year);
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public CalendarImport refresh(long calendarId, byte[] content, int year) {
        ExternalCalendar calendar = calendars.find(calendarId)
                .orElseThrow(() -> new NotFoundException("calendar", calendarId));
        checkSize(content);
        return importEvents(() -> calendar, content, year);
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public void remove(long calendarId) {
        calendars.remove(calendars.find(calendarId).orElseThrow(() -> new NotFoundException("calendar", calendarId)));
    }

    private static void checkSize(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new GovernanceException("calendar.tooLarge");
        }
    }

    /** Reads the file first, so that nothing is stored when it is refused; then replaces the year's events. */
    private CalendarImport importEvents(Supplier<ExternalCalendar> target, byte[] content, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        CalendarReading read = new IcsReader().reading(new ByteArrayInputStream(content), first, last);
        ExternalCalendar calendar = target.get();
        List<ExternalCalendarEvent> events = read.events().stream().map(event -> new ExternalCalendarEvent(calendar,
                event.summary(), event.start(), event.end(), event.allDay())).toList();
        LocalDateTime from = first.atStartOfDay();
        calendars.replaceEvents(calendar, from, from.plusYears(1), events);
        calendar.imported(LocalDateTime.now(), events.size());
        return new CalendarImport(calendars.save(calendar), events.size(), read.notes());
    }
}
