package se.sodertorn.governance.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import se.sodertorn.governance.domain.meeting.ActionItem;
import se.sodertorn.governance.domain.meeting.ActionItemDraft;
import se.sodertorn.governance.domain.meeting.ActionItemFilter.DueWithin;
import se.sodertorn.governance.domain.meeting.ActionItemFilter;
import se.sodertorn.governance.domain.meeting.ActionItemStatus;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.shared.PageRequest;
import se.sodertorn.governance.ejb.meeting.ActionItemService;
import se.sodertorn.governance.ejb.security.MyAccountService;
import se.sodertorn.governance.ejb.shared.Clocks;
import se.sodertorn.governance.web.security.ControlCharacters;

/**
 * Action items for scripts: the register (filtered and paged like the page), giving one at an agenda item (its
 * responsible person is told by e-mail), and closing or carrying one forward.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ActionItemResource {

    @EJB
    private ActionItemService actions;
    @EJB
    private MyAccountService account;

    /**
     * The register: {@code mine=true} or {@code person=ID}, {@code body=ID}, {@code status=OPEN|DONE},
     * {@code due=OVERDUE|TWO_WEEKS|THIRTY_DAYS|NO_DATE}, {@code q} (text, control characters dropped: PostgreSQL refuses a NUL), {@code first}, {@code size} (up to 500).
     */
    @GET
    @Path("action-items")
    public RegisterJson register(@QueryParam("mine") boolean mine, @QueryParam("person") Long personId,
            @QueryParam("body") Long bodyId, @QueryParam("status") String status, @QueryParam("due") String due,
            @QueryParam("q") String text, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        Long responsible = personId;
        if (mine) {
            Person me = account.person();
            if (me == null) {
                return new RegisterJson(0, List.of());
            }
            responsible = me.getId();
        }
        ActionItemFilter filter = new ActionItemFilter(responsible, bodyId, choice(ActionItemStatus.class, "status", status),
                choice(DueWithin.class, "due", due), LocalDate.now(Clocks.SWEDEN));
        var page = actions.register(filter, new PageRequest(Math.max(first, 0),
                Math.min(Math.max(size, 1), PageRequest.MAX_SIZE), null, true, ControlCharacters.cleaned(text)));
        return new RegisterJson(page.total(), page.rows().stream().map(ActionItemJson::of).toList());
    }

    /** Gives an action item at an agenda item (secretariat, admin) → 201. */
    @POST
    @Path("agenda-items/{itemId: \\d+}/action-items")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response give(@PathParam("itemId") long itemId, NewActionJson posted) {
        NewActionJson json = ApiInput.valid(posted);
        ActionItemDraft draft = new ActionItemDraft();
        draft.setText(json.text());
        draft.setResponsibleId(json.responsibleId());
        draft.setDueDate(json.dueDate());
        draft.setDueText(json.dueText());
        ActionItem given = actions.give(itemId, draft);
        return Response.status(Response.Status.CREATED).entity(ActionItemJson.of(given)).build();
    }

    /** Marks the action item done today (secretariat, admin): {@code {"version"}}. */
    @POST
    @Path("action-items/{id: \\d+}/closing")
    @Consumes(MediaType.APPLICATION_JSON)
    public ActionItemJson close(@PathParam("id") long id, MeetingResource.VersionJson json) {
        return ActionItemJson.of(actions.closeToday(id, version(json)));
    }

    /** Carries the action item to its body's next meeting (secretariat, admin): {@code {"version"}}. */
    @POST
    @Path("action-items/{id: \\d+}/carrying")
    @Consumes(MediaType.APPLICATION_JSON)
    public ActionItemJson carry(@PathParam("id") long id, MeetingResource.VersionJson json) {
        return ActionItemJson.of(actions.carryToNextMeeting(id, version(json)));
    }

    private static int version(MeetingResource.VersionJson json) {
        return ApiInput.valid(json).version();
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            throw ApiErrors.badRequest(parameter + " is not one of " + List.of(type.getEnumConstants()));
        }
    }

    /** Some action items of the register, and how many match in all. */
    public record RegisterJson(long total, List<ActionItemJson> rows) {
    }

    /** An action item as posted: the task, the responsible person's id, and a due date or a season in words. */
    public record NewActionJson(@NotBlank(message = "text is required") String text, Long responsibleId,
            @Plausible LocalDate dueDate, String dueText) {
    }

    /** An action item: where it was given, who is responsible, when it is due, and whether it is done. */
    public record ActionItemJson(long id, int version, String text, Long responsibleId, String responsible,
            LocalDate dueDate, String dueText, String status, LocalDate closedOn, int timesCarried, long meetingId,
            String body, LocalDate meetingDay, long itemId) {
        static ActionItemJson of(ActionItem a) {
            return new ActionItemJson(a.getId(), a.getVersion(), a.getText(),
                    a.getResponsible() == null ? null : a.getResponsible().getId(),
                    a.getResponsible() == null ? null : a.getResponsible().getFullName(), a.getDueDate(),
                    a.getDueText(), a.getStatus().name(), a.getClosedOn(), a.getTimesCarried(),
                    a.getOriginMeeting().getId(), a.getOriginMeeting().getBody().getShortName(),
                    a.getOriginMeeting().getDay(), a.getOriginItem().getId());
        }
    }
}
