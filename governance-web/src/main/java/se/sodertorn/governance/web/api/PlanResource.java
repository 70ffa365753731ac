package se.sodertorn.governance.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import se.sodertorn.governance.domain.shared.PageRequest;
import se.sodertorn.governance.ejb.plan.ActivityPlanService;
import se.sodertorn.governance.ejb.plan.FollowUpExportService;
import se.sodertorn.governance.web.api.ApiRecords.PlanJson;

/** Activity plans and their Excel follow-up. */
@Path("plans")
@RequestScoped
public class PlanResource {

    /** The media type of an .xlsx workbook. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    private ActivityPlanService plans;

    @EJB
    private FollowUpExportService followUp;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<PlanJson> plans() {
        return plans.page(PageRequest.of(0, 100)).rows().stream().map(PlanJson::of).toList();
    }

    /**
     * The follow-up workbook of the year's plan: now, or as round {@code round} recorded it; all focus areas or
     * {@code focusArea} only. Directors, the secretariat and admin may download it.
     */
    @GET
    @Path("{year}/follow-up.xlsx")
    @Produces(XLSX)
    public Response followUp(@PathParam("year") int year, @QueryParam("round") Long round,
            @QueryParam("focusArea") Long focusArea) {
        String fileName = followUp.fileName(year, round, focusArea);
        StreamingOutput body = out -> followUp.write(year, round, focusArea, out);
        return Response.ok(body, XLSX).header("Content-Disposition", ContentDisposition.attachment(fileName)).build();
    }
}
