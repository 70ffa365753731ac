package se.sodertorn.governance.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import se.sodertorn.governance.domain.organisation.Membership;
import se.sodertorn.governance.domain.organisation.MembershipRole;
import se.sodertorn.governance.ejb.organisation.BodyService;
import se.sodertorn.governance.ejb.organisation.MembershipService;
import se.sodertorn.governance.ejb.organisation.MunicipalityService;
import se.sodertorn.governance.ejb.organisation.PersonService;
import se.sodertorn.governance.web.api.ApiRecords.EndMembershipJson;
import se.sodertorn.governance.web.api.ApiRecords.MemberJson;
import se.sodertorn.governance.web.api.ApiRecords.NewMembershipJson;

/** Memberships: read one, add one, end one. Writing needs the secretariat or admin role. */
@Path("memberships")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MembershipResource {

    @EJB
    private MembershipService memberships;
    @EJB
    private PersonService persons;
    @EJB
    private BodyService bodies;
    @EJB
    private MunicipalityService municipalities;

    @Context
    private UriInfo uriInfo;

    @GET
    @Path("{id}")
    public MemberJson get(@PathParam("id") long id) {
        return MemberJson.of(memberships.find(id));
    }

    @POST
    public Response add(NewMembershipJson posted) {
        NewMembershipJson json = ApiInput.valid(posted);
        Membership membership = Membership.blankIn(bodies.find(json.bodyId()), json.validFrom());
        membership.setPerson(persons.find(json.personId()));
        membership.setRole(role(json.role()));
        membership.setValidTo(json.validTo());
        if (json.municipalityId() != null) {
            membership.setMunicipality(municipalities.find(json.municipalityId()));
        }
        Membership saved = memberships.save(membership);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(saved.getId().toString()).build())
                .entity(MemberJson.of(saved)).build();
    }

    @POST
    @Path("{id}/end")
    public MemberJson end(@PathParam("id") long id, EndMembershipJson posted) {
        EndMembershipJson json = ApiInput.valid(posted);
        return MemberJson.of(memberships.end(id, json.lastDay(), json.version()));
    }

    private static MembershipRole role(String name) {
        try {
            return MembershipRole.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw ApiErrors.badRequest("role must be one of CHAIR, VICE_CHAIR, MEMBER, SECRETARY");
        }
    }

}
