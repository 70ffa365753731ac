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
import se.sodertorn.governance.domain.meeting.ExternalCalendar;
import se.sodertorn.governance.domain.meeting.ExternalCalendarEvent;
import se.sodertorn.governance.domain.meeting.ExternalCalendarRepository;
import se.sodertorn.governance.domain.security.Roles;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.NotFoundException;
import se.sodertorn.governance.ejb.calendar.CalendarFetcher;
import se.sodertorn.governance.ejb.calendar.ExternalEvent;
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
    public ExternalCalendar importFile(String name, byte[] content, int year) {
        if (content.length > MAX_BYTES) {
            throw new GovernanceException("calendar.tooLarge");
        }
        return importEvents(name, null, content, year);
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public ExternalCalendar importUrl(String name, String url, int year) {
        return importEvents(name, url, new CalendarFetcher(MAX_BYTES, DEADLINE, executor).fetch(url), year);
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public void remove(long calendarId) {
        calendars.remove(calendars.find(calendarId).orElseThrow(() -> new NotFoundException("calendar", calendarId)));
    }

    private ExternalCalendar importEvents(String name, String url, byte[] content, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<ExternalEvent> read = new IcsReader().read(new ByteArrayInputStream(content), first, last);
        ExternalCalendar calendar = calendars.findByName(name)
                .orElseGet(() -> calendars.save(new ExternalCalendar(name, url)));
        List<ExternalCalendarEvent> events = read.stream().map(event -> new ExternalCalendarEvent(calendar,
                event.summary(), event.start(), event.end(), event.allDay())).toList();
        LocalDateTime from = first.atStartOfDay();
        calendars.replaceEvents(calendar, from, from.plusYears(1), events);
        calendar.imported(LocalDateTime.now(), events.size());
        return calendars.save(calendar);
    }
}
