package se.sodertorn.governance.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import se.sodertorn.governance.ejb.meeting.MeetingCalendarService;

/** A body's meetings as a calendar to subscribe to in Outlook: scheduled and cancelled meetings from a year back. */
@Path("bodies/{id: \\d+}/calendar.ics")
@RequestScoped
public class BodyCalendarResource {

    @EJB
    private MeetingCalendarService calendars;

    @GET
    @Produces(MeetingResource.CALENDAR)
    public Response calendar(@PathParam("id") long id) {
        return Response.ok(calendars.bodyCalendar(id), MeetingResource.CALENDAR).build();
    }
}
