package se.sodertorn.governance.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import se.sodertorn.governance.domain.shared.PageRequest;
import se.sodertorn.governance.ejb.organisation.BodyService;
import se.sodertorn.governance.ejb.organisation.MembershipService;
import se.sodertorn.governance.ejb.organisation.MunicipalityService;
import se.sodertorn.governance.web.api.ApiRecords.BodyJson;
import se.sodertorn.governance.web.api.ApiRecords.MemberJson;
import se.sodertorn.governance.web.api.ApiRecords.MunicipalityJson;

/** Read access to the register: municipalities, bodies, and who sat in a body on a given day. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegisterResource {

    @EJB
    private MunicipalityService municipalities;

    @EJB
    private BodyService bodies;

    @EJB
    private MembershipService memberships;

    @GET
    @Path("municipalities")
    public List<MunicipalityJson> municipalities() {
        return municipalities.list().stream().map(MunicipalityJson::of).toList();
    }

    /** Bodies, a page at a time ({@code first}, {@code size} up to 500). */
    @GET
    @Path("bodies")
    public List<BodyJson> bodies(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("100") int size) {
        return bodies.page(PageRequest.of(Math.max(first, 0), Math.min(Math.max(size, 1), PageRequest.MAX_SIZE)))
                .rows().stream().map(BodyJson::of).toList();
    }

    @GET
    @Path("bodies/{id}")
    public BodyJson body(@PathParam("id") long id) {
        return BodyJson.of(bodies.find(id));
    }

    /** Who sat in the body on {@code date} (YYYY-MM-DD; today if left out), chair first. */
    @GET
    @Path("bodies/{id}/members")
    public List<MemberJson> members(@PathParam("id") long id, @QueryParam("date") String date) {
        LocalDate day = date == null || date.isBlank() ? LocalDate.now() : ApiDates.parse("date", date);
        bodies.find(id);
        return memberships.sittingOn(id, day).stream().map(MemberJson::of).toList();
    }
}
