package se.sodertorn.governance.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.meeting.MeetingDraft;
import se.sodertorn.governance.domain.meeting.MeetingKind;
import se.sodertorn.governance.domain.meeting.PaperVersion;
import se.sodertorn.governance.ejb.meeting.InvitationReport;
import se.sodertorn.governance.ejb.meeting.MeetingCalendarService;
import se.sodertorn.governance.ejb.meeting.MeetingPlanService;
import se.sodertorn.governance.ejb.meeting.MeetingService;
import se.sodertorn.governance.ejb.meeting.MinutesService;
import se.sodertorn.governance.ejb.meeting.PaperService;

/**
 * Meetings for calendars and other systems: the list of a year, each meeting as iCalendar, the minutes as a Word
 * document, invitations by e-mail, changes to time, place and agenda (refused once the minutes are approved), and
 * the meeting's papers and pack.
 */
@Path("meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {

    /** The iCalendar media type. */
    public static final String CALENDAR = "text/calendar; charset=UTF-8";
    /** The Word (DOCX) media type. */
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @EJB
    private MeetingPlanService plans;
    @EJB
    private MeetingService meetings;
    @EJB
    private MinutesService minutes;
    @EJB
    private MeetingCalendarService calendars;
    @EJB
    private PaperService papers;

    /** The year's meetings, of every body or of one. */
    @GET
    public List<MeetingJson> list(@QueryParam("year") Integer year, @QueryParam("body") Long bodyId) {
        return plans.meetings(ApiInput.year(year), bodyId).stream().map(MeetingJson::of).toList();
    }

    @GET
    @Path("{id: \\d+}")
    public MeetingJson meeting(@PathParam("id") long id) {
        return MeetingJson.of(meetings.find(id));
    }

    /** The meeting as an iCalendar file (stable UID, SEQUENCE raised on every change). */
    @GET
    @Path("{id: \\d+}.ics")
    @Produces(CALENDAR)
    public Response calendar(@PathParam("id") long id) {
        return Response.ok(calendars.meetingCalendar(id), CALENDAR)
                .header("Content-Disposition", ContentDisposition.attachment("mote-" + id + ".ics")).build();
    }

    /** The minutes as a Word document, in the shape of the cooperation's minutes. */
    @GET
    @Path("{id: \\d+}/minutes.docx")
    @Produces(DOCX)
    public Response minutes(@PathParam("id") long id) {
        String fileName = minutes.fileName(id);
        StreamingOutput body = out -> minutes.writeDocument(id, out);
        return Response.ok(body, DOCX).header("Content-Disposition", ContentDisposition.attachment(fileName)).build();
    }

    /** Sends the invitation (or cancellation) by e-mail to every member of the body with an address. */
    @POST
    @Path("{id: \\d+}/invitations")
    public InvitationReport invite(@PathParam("id") long id) {
        return calendars.sendInvitations(id);
    }

    /** Proposes a meeting in the year's plan (secretariat, admin); in a decided plan it is scheduled at once. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response propose(ProposalJson posted) {
        ProposalJson json = ApiInput.valid(posted);
        MeetingDraft draft = draft(json.bodyId(), json.start(), json.end(), json.place(), json.kind(), json.note());
        Meeting meeting = plans.propose(json.start().getYear(), draft);
        return Response.status(Response.Status.CREATED).entity(MeetingJson.of(meeting)).build();
    }

    /** Decides the year's meeting plan (secretariat, admin): its proposals become scheduled meetings. */
    @POST
    @Path("plans/{year: \\d+}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decide(@PathParam("year") int year, DecisionJson posted) {
        DecisionJson json = ApiInput.valid(posted);
        plans.decide(year, json.day(), json.reference());
        return Response.ok(Map.of("year", year, "status", "DECIDED")).build();
    }

    /** Changes day, times, place, kind or note (secretariat, admin). */
    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public MeetingJson change(@PathParam("id") long id, ChangeJson posted) {
        ChangeJson json = ApiInput.valid(posted);
        MeetingDraft draft = draft(meetings.find(id).getBody().getId(), json.start(), json.end(), json.place(),
                json.kind(), json.note());
        return MeetingJson.of(plans.change(id, json.version(), draft));
    }

    /**
     * Withdraws a proposal from the year's plan (secretariat, admin): only a proposed meeting without agenda,
     * attendance or approved minutes; answers 204.
     */
    @DELETE
    @Path("{id: \\d+}")
    public Response withdraw(@PathParam("id") long id, @QueryParam("version") Integer version) {
        if (version == null) {
            throw ApiErrors.badRequest("version is required");
        }
        plans.withdraw(id, version);
        return Response.noContent().build();
    }

    /** Cancels the meeting (secretariat, admin); calendars then show it as cancelled. */
    @POST
    @Path("{id: \\d+}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    public MeetingJson cancel(@PathParam("id") long id, VersionJson json) {
        return MeetingJson.of(plans.cancel(id, version(json)));
    }

    /** Sets up agenda and attendance from the body's template and members (secretariat, admin). */
    @POST
    @Path("{id: \\d+}/preparation")
    public MeetingJson prepare(@PathParam("id") long id) {
        return MeetingJson.of(meetings.prepare(id).meeting());
    }

    /** Chooses chair, secretary and adjuster by person id (secretariat, admin). */
    @PUT
    @Path("{id: \\d+}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public MeetingJson roles(@PathParam("id") long id, RolesJson posted) {
        RolesJson json = ApiInput.valid(posted);
        return MeetingJson.of(meetings.assignRoles(id, json.version(), json.chairId(), json.secretaryId(),
                json.adjusterId()));
    }

    /**
     * Moves the minutes on: SEND to the adjuster, RETURN to draft, APPROVE or SEND_BACK with a comment (only the
     * adjuster, as themself), PUBLISH.
     */
    @POST
    @Path("{id: \\d+}/minutes")
    @Consumes(MediaType.APPLICATION_JSON)
    public MeetingJson minutesStep(@PathParam("id") long id, MinutesStepJson posted) {
        MinutesStepJson json = ApiInput.valid(posted);
        Meeting meeting = switch (json.step()) {
            case "SEND" -> minutes.sendToAdjuster(id, json.version());
            case "RETURN" -> minutes.returnToDraft(id, json.version());
            case "APPROVE" -> minutes.approve(id, json.version());
            case "SEND_BACK" -> minutes.returnFromAdjuster(id, json.version(), json.comment());
            case "PUBLISH" -> minutes.publish(id, json.version());
            default -> throw ApiErrors.badRequest("step is one of SEND, RETURN, APPROVE, SEND_BACK, PUBLISH");
        };
        return MeetingJson.of(meeting);
    }

    /** The meeting's agenda: each item's id, number, title and version. */
    @GET
    @Path("{id: \\d+}/items")
    public List<ItemJson> items(@PathParam("id") long id) {
        return meetings.record(id).agenda().stream()
                .map(i -> new ItemJson(i.getId(), i.getNumber(), i.getTitle(), i.getVersion())).toList();
    }

    /** Adds an item to the agenda (secretariat, admin). */
    @POST
    @Path("{id: \\d+}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addItem(@PathParam("id") long id, NewItemJson posted) {
        NewItemJson json = ApiInput.valid(posted);
        long itemId = meetings.addItem(id, json.title(), json.position()).getId();
        return Response.status(Response.Status.CREATED).entity(Map.of("id", itemId)).build();
    }

    /** The meeting's papers, each with every version (newest first), in agenda order. */
    @GET
    @Path("{id: \\d+}/papers")
    public List<PaperResource.PaperJson> papers(@PathParam("id") long id) {
        return PaperResource.list(papers.versions(id));
    }

    /**
     * Uploads a paper to an agenda item (secretariat, admin) as multipart/form-data: the part {@code file}, and
     * optionally {@code title} and {@code paperId} (the paper it is a new version of). Answers 201 with the version.
     */
    @POST
    @Path("{id: \\d+}/items/{itemId: \\d+}/papers")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @BoundedUpload
    public Response uploadPaper(@PathParam("id") long id, @PathParam("itemId") long itemId,
            @FormParam("file") EntityPart file, @FormParam("title") EntityPart title,
            @FormParam("paperId") EntityPart paperId) throws IOException {
        PaperVersion version = PaperResource.upload(papers, id, itemId, file, title, paperId);
        return Response.status(Response.Status.CREATED).entity(PaperResource.VersionJson.of(version)).build();
    }

    /** The meeting pack: the agenda (DOCX) and each item's newest papers, numbered by item, in one ZIP. */
    @GET
    @Path("{id: \\d+}/pack.zip")
    @Produces("application/zip")
    public Response pack(@PathParam("id") long id) {
        String fileName = papers.packFileName(id);
        StreamingOutput body = out -> papers.writePack(id, out);
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", ContentDisposition.attachment(fileName)).build();
    }

    private static int version(VersionJson json) {
        return ApiInput.valid(json).version();
    }

    private static MeetingDraft draft(long bodyId, LocalDateTime start, LocalDateTime end, String place, String kind,
            String note) {
        if (!end.toLocalDate().equals(start.toLocalDate())) {
            throw ApiErrors.badRequest("a meeting starts and ends on the same day");
        }
        MeetingDraft draft = new MeetingDraft();
        draft.setBodyId(bodyId);
        draft.setDay(start.toLocalDate());
        draft.setStart(start.toLocalTime());
        draft.setEnd(end.toLocalTime());
        draft.setPlace(place);
        draft.setKind(kind == null ? MeetingKind.ORDINARY : kind(kind));
        draft.setNote(note);
        return draft;
    }

    private static MeetingKind kind(String name) {
        try {
            return MeetingKind.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            throw ApiErrors.badRequest("unknown kind " + name);
        }
    }

    /** A meeting: body, Swedish wall-clock times, place, status of the meeting and of its minutes. */
    public record MeetingJson(long id, int version, long bodyId, String body, LocalDateTime start, LocalDateTime end,
            String place, String kind, String note, String status, String minutesStatus, boolean dateAdjusted,
            LocalDate decidedDay, int sequence) {

        static MeetingJson of(Meeting m) {
            return new MeetingJson(m.getId(), m.getVersion(), m.getBody().getId(), m.getBody().getShortName(),
                    m.getStartsAt(), m.getEndsAt(), m.getPlace(), m.getKind().name(), m.getNote(), m.getStatus().name(),
                    m.getMinutesStatus().name(), m.isDateAdjusted(),
                    m.getDecidedStart() == null ? null : m.getDecidedStart().toLocalDate(), m.getCalendarSequence());
        }
    }

    /** A change as put: new start and end (same day), place, kind, note, and the version the caller saw. */
    public record ChangeJson(@NotNull(message = "version is required") Integer version,
            @NotNull(message = "start is required") @Plausible LocalDateTime start,
            @NotNull(message = "end is required") @Plausible LocalDateTime end, String place, String kind,
            String note) {
    }

    /** A proposal as posted: body id, start and end (same day), place, kind (e.g. ORDINARY), note. */
    public record ProposalJson(@NotNull(message = "bodyId is required") Long bodyId,
            @NotNull(message = "start is required") @Plausible LocalDateTime start,
            @NotNull(message = "end is required") @Plausible LocalDateTime end, String place, String kind,
            String note) {
    }

    /** A plan's decision as posted: the day and a reference such as "LG 2022-12-02, punkt 4". */
    public record DecisionJson(@NotNull(message = "day is required") @Plausible LocalDate day, String reference) {
    }

    /** The version of the meeting the caller last saw. */
    public record VersionJson(@NotNull(message = "version is required") Integer version) {
    }

    /** The meeting's roles by person id (null leaves a role empty), and the version the caller saw. */
    public record RolesJson(@NotNull(message = "version is required") Integer version, Long chairId, Long secretaryId,
            Long adjusterId) {
    }

    /**
     * A step of the minutes' workflow: SEND, RETURN, APPROVE, SEND_BACK or PUBLISH, the version the caller saw, and
     * for SEND_BACK the adjuster's comment to the secretariat.
     */
    public record MinutesStepJson(@NotNull(message = "step is required") String step,
            @NotNull(message = "version is required") Integer version, String comment) {
    }

    /** An agenda item. */
    public record ItemJson(long id, int number, String title, int version) {
    }

    /** A new agenda item: title and, optionally, its position (1-based). */
    public record NewItemJson(@NotBlank(message = "title is required") String title,
            @Positive(message = "position is 1 or more") Integer position) {
    }
}
