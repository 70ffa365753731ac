package se.sodertorn.governance.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Map;
import se.sodertorn.governance.domain.notification.Notification;
import se.sodertorn.governance.ejb.notification.NotificationService;
import se.sodertorn.governance.ejb.shared.Clocks;

/** E-mail notifications for IT: send a failed one again, or send a week's digest now. */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @EJB
    private NotificationService notifications;

    /** Sends a failed notification again (secretariat, admin). */
    @POST
    @Path("{id: \\d+}/retry")
    public Map<String, Object> retry(@PathParam("id") long id) {
        Notification queued = notifications.retry(id);
        return Map.of("id", queued.getId(), "status", queued.getStatus().name());
    }

    /**
     * Sends the weekly digest of the week the day falls in (today if left out) now, unless it was sent already
     * (admin): {@code {"day": "YYYY-MM-DD"}} → {@code {"people": n}}, or 409 when the week's digest has run.
     */
    @POST
    @Path("weekly-digest")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response weeklyDigest(DigestJson json) {
        LocalDate day = json == null || ApiInput.valid(json).day() == null ? LocalDate.now(Clocks.SWEDEN) : json.day();
        int people = notifications.sendWeeklyDigest(day);
        if (people < 0) {
            return Response.status(Response.Status.CONFLICT).entity(new ApiRecords.ErrorJson("already-sent",
                    "The digest of the week of " + day + " has been sent already.")).build();
        }
        return Response.ok(Map.of("people", people)).build();
    }

    /** The day whose week's digest to send. */
    public record DigestJson(@Plausible LocalDate day) {
    }
}
