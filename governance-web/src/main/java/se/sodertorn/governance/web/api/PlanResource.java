package se.sodertorn.governance.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import se.sodertorn.governance.domain.plan.Activity;
import se.sodertorn.governance.domain.plan.ActivityPlan;
import se.sodertorn.governance.domain.plan.DevelopmentProgramme;
import se.sodertorn.governance.domain.plan.FocusArea;
import se.sodertorn.governance.domain.shared.PageRequest;
import se.sodertorn.governance.ejb.plan.ActivityService;
import se.sodertorn.governance.ejb.plan.ProgrammeService;
import se.sodertorn.governance.ejb.plan.ActivityPlanService;
import se.sodertorn.governance.ejb.plan.FollowUpExportService;
import se.sodertorn.governance.web.api.ApiRecords.ActivityJson;
import se.sodertorn.governance.web.api.ApiRecords.NewActivityJson;
import se.sodertorn.governance.web.api.ApiRecords.NewPlanJson;
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

    @EJB
    private ProgrammeService programmes;

    @EJB
    private ActivityService activities;

    @Context
    private UriInfo uriInfo;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<PlanJson> plans() {
        return plans.page(PageRequest.of(0, 100)).rows().stream().map(PlanJson::of).toList();
    }

    /** Creates a draft plan for the year on the named programme, using all its focus areas (secretariat, admin). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(NewPlanJson posted) {
        NewPlanJson json = ApiInput.valid(posted);
        DevelopmentProgramme programme = programmes.list().stream()
                .filter(p -> p.getName().equals(json.programme())).findFirst()
                .orElseThrow(() -> ApiErrors.badRequest("no programme named " + json.programme()));
        List<Long> areas = programmes.focusAreasOf(programme.getId()).stream().map(FocusArea::getId).toList();
        ActivityPlan plan = plans.create(new ActivityPlan(json.year(), json.name(), programme), areas);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(plan.getYear())).build())
                .entity(PlanJson.of(plan)).build();
    }

    /** Adds an activity to the year's plan, in one of its focus areas by name (secretariat, admin). */
    @POST
    @Path("{year}/activities")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response addActivity(@PathParam("year") int year, NewActivityJson posted) {
        NewActivityJson json = ApiInput.valid(posted);
        ActivityPlan plan = plans.findByYear(year);
        Activity activity = Activity.blankIn(plan);
        activity.setFocusArea(plan.getFocusAreas().stream().filter(a -> a.getName().equals(json.focusArea()))
                .findFirst().orElseThrow(() -> ApiErrors.badRequest("the plan has no focus area " + json.focusArea())));
        activity.setTitle(json.title());
        if (json.plannedStart() != null) {
            activity.setPlannedStart(json.plannedStart());
        }
        if (json.plannedEnd() != null) {
            activity.setPlannedEnd(json.plannedEnd());
        }
        activity.setBudget(json.budget());
        Activity saved = activities.save(activity);
        return Response.status(Response.Status.CREATED).entity(ActivityJson.of(saved)).build();
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
