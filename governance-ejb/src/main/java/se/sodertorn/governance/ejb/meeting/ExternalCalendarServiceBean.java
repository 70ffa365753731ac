package se.sodertorn.governance.ejb.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import se.sodertorn.governance.ejb.calendar.ExternalEvent;
import se.sodertorn.governance.ejb.calendar.IcsReader;

/** Default {@link ExternalCalendarService}. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.DIRECTOR, Roles.MEMBER})
public class ExternalCalendarServiceBean implements ExternalCalendarService {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    @Inject
    private ExternalCalendarRepository calendars;

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
        return importEvents(name, url, download(url), year);
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

    private static byte[] download(String url) {
        URI address;
        try {
            address = URI.create(url.strip());
        } catch (IllegalArgumentException bad) {
            throw new GovernanceException("calendar.badUrl");
        }
        if (address.getScheme() == null || !address.getScheme().matches("(?i)https?|webcal")) {
            throw new GovernanceException("calendar.badUrl");
        }
        if ("webcal".equalsIgnoreCase(address.getScheme())) {
            address = URI.create("https" + address.toString().substring("webcal".length()));
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        try {
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(address).timeout(TIMEOUT).GET()
                    .build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new GovernanceException("calendar.downloadFailed", response.statusCode());
                }
                byte[] content = body.readNBytes(MAX_BYTES + 1);
                if (content.length > MAX_BYTES) {
                    throw new GovernanceException("calendar.tooLarge");
                }
                return content;
            }
        } catch (IOException failed) {
            throw new GovernanceException("calendar.downloadFailed", failed.getClass().getSimpleName());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new GovernanceException("calendar.downloadFailed", "interrupted");
        }
    }
}
