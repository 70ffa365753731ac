package se.sodertorn.governance.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import se.sodertorn.governance.domain.meeting.ExternalCalendar;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.ejb.calendar.IcsReader;
import se.sodertorn.governance.ejb.calendar.ReadingNote;
import se.sodertorn.governance.ejb.meeting.CalendarImport;
import se.sodertorn.governance.ejb.meeting.ExternalCalendarService;
import se.sodertorn.governance.web.api.ApiRecords.ErrorJson;
import se.sodertorn.governance.web.i18n.CalendarImportTexts;
import se.sodertorn.governance.web.i18n.Texts;

/**
 * Other organisations' calendars for the clash check, imported by scripts as the meeting plan page imports them:
 * the body is the iCalendar file itself ({@code text/calendar}, at most {@link ExternalCalendarService#MAX_BYTES}
 * bytes); the answer says what was imported and each event skipped with its reason. A body that is no calendar, too
 * large or of another type, and a missing or bad name or year, answer 400 or 415 and store nothing.
 */
@Path("external-calendars")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ExternalCalendarResource {

    /** The media type of the bodies read. */
    static final MediaType CALENDAR = new MediaType("text", "calendar");
    private static final int MAX_NAME = 200;

    @EJB
    private ExternalCalendarService calendars;
    @Context
    private HttpHeaders headers;
    @Context
    private UriInfo uriInfo;

    /** The imported calendars: id, name, address (if fetched from one), last import and its events. */
    @GET
    public List<CalendarJson> list() {
        return calendars.calendars().stream().map(CalendarJson::of).toList();
    }

    /** Imports the body's events of the year into the calendar of that name, creating it the first time → 201. */
    @POST
    public Response create(@QueryParam("name") String name, @QueryParam("year") Integer year, InputStream body) {
        String checkedName = name(name);
        int checkedYear = ApiInput.year(year);
        byte[] content = content(body);
        CalendarImport result = imported(service -> service.importFile(checkedName, content, checkedYear));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(result.calendar().getId().toString()).build())
                .entity(ImportJson.of(result, checkedYear)).build();
    }

    /** Imports the body's events of the year into the calendar, replacing its earlier events of that year. */
    @PUT
    @Path("{id: \\d+}")
    public ImportJson refresh(@PathParam("id") long id, @QueryParam("year") Integer year, InputStream body) {
        int checkedYear = ApiInput.year(year);
        byte[] content = content(body);
        return ImportJson.of(imported(service -> service.refresh(id, content, checkedYear)), checkedYear);
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) {
            throw ApiErrors.badRequest("name is required (the calendar's name, e.g. ?name=StorSthlm)");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw ApiErrors.badRequest("bad-text", "name holds a control character.");
        }
        if (name.strip().length() > MAX_NAME) {
            throw ApiErrors.badRequest("invalid", "name is longer than " + MAX_NAME + " characters.");
        }
        return name.strip();
    }

    /** The body, if there is one of a calendar's type and size (400 none or too large, 415 of another type). */
    private byte[] content(InputStream body) {
        byte[] content;
        try {
            content = body == null ? new byte[0] : body.readNBytes(ExternalCalendarService.MAX_BYTES + 1);
        } catch (IOException unreadable) {
            throw ApiErrors.badRequest("missing-body", "The body could not be read.");
        }
        if (content.length == 0) {
            throw ApiErrors.badRequest("missing-body", "The request needs the calendar (text/calendar) as its body.");
        }
        MediaType type = headers.getMediaType();
        if (type == null || !CALENDAR.isCompatible(type) || type.isWildcardType() || type.isWildcardSubtype()) {
            throw new WebApplicationException(Response.status(Response.Status.UNSUPPORTED_MEDIA_TYPE)
                    .type(MediaType.APPLICATION_JSON).entity(new ErrorJson("unsupported-media-type",
                            "Send the calendar as the body, with Content-Type: text/calendar.")).build());
        }
        if (content.length > ExternalCalendarService.MAX_BYTES) {
            throw ApiErrors.badRequest("too-large", "The calendar is larger than " + ExternalCalendarService.MAX_BYTES
                    + " bytes.");
        }
        return content;
    }

    /** The import, a body that is no calendar answered 400 (a calendar's rule, such as too many events, 422). */
    private CalendarImport imported(Function<ExternalCalendarService, CalendarImport> importing) {
        try {
            return importing.apply(calendars);
        } catch (GovernanceException refused) {
            if (IcsReader.UNREADABLE.equals(refused.getMessageKey())) {
                throw ApiErrors.badRequest("not-a-calendar", Texts.format(Locale.ENGLISH, refused.getMessageKey())
                        + " It needs BEGIN:VCALENDAR and END:VCALENDAR.");
            }
            throw refused;
        }
    }

    /** A calendar as the list shows it. */
    public record CalendarJson(long id, String name, String url, LocalDateTime importedAt, int events) {

        static CalendarJson of(ExternalCalendar calendar) {
            return new CalendarJson(calendar.getId(), calendar.getName(), calendar.getSourceUrl(),
                    calendar.getImportedAt(), calendar.getEventCount());
        }
    }

    /**
     * What an import did: the calendar, the year, the occurrences imported, each event skipped and each assumption
     * made (e.g. an unknown time zone read as Stockholm time).
     */
    public record ImportJson(long id, String name, int year, int imported, String message, List<NoteJson> skipped,
            List<NoteJson> assumed) {

        static ImportJson of(CalendarImport result, int year) {
            return new ImportJson(result.calendar().getId(), result.calendar().getName(), year, result.imported(),
                    CalendarImportTexts.summary(Locale.ENGLISH, result, year),
                    result.skipped().stream().map(NoteJson::of).toList(),
                    result.notes().stream().filter(note -> !note.skipped()).map(NoteJson::of).toList());
        }
    }

    /** One event skipped or read by assumption: where, which, why (a code and its English text), what it read. */
    public record NoteJson(int line, String uid, String summary, String reason, String message, String detail) {

        static NoteJson of(ReadingNote note) {
            return new NoteJson(note.line(), note.uid(), note.summary(), note.reason().name(),
                    CalendarImportTexts.reason(Locale.ENGLISH, note), note.detail());
        }
    }
}
