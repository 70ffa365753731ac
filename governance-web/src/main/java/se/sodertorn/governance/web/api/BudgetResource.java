package se.sodertorn.governance.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.sodertorn.governance.domain.budget.BudgetLine;
import se.sodertorn.governance.domain.budget.LineCategory;
import se.sodertorn.governance.ejb.budget.BudgetOverview;
import se.sodertorn.governance.ejb.budget.BudgetService;

/** The year's budget as JSON or Excel: lines with budget, outcome and forecast, and each municipality's contribution. */
@Path("budgets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BudgetResource {

    @EJB
    private BudgetService budgets;

    @GET
    @Path("{year: \\d+}")
    public BudgetJson budget(@PathParam("year") int year) {
        return BudgetJson.of(budgets.overview(year));
    }

    /**
     * Adds a line to the year's budget (secretariat, admin); refused with 422 once the budget is decided, since a
     * decided budget changes only through a new revision.
     */
    @POST
    @Path("{year: \\d+}/lines")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addLine(@PathParam("year") int year, NewLineJson posted) {
        NewLineJson json = ApiInput.valid(posted);
        LineCategory category;
        try {
            category = LineCategory.valueOf(json.category());
        } catch (IllegalArgumentException e) {
            throw ApiErrors.badRequest("unknown category " + json.category());
        }
        BudgetLine line = new BudgetLine(budgets.overview(year).budget(), category, json.description(), json.amount());
        BudgetLine saved = budgets.saveLine(line);
        return Response.status(Response.Status.CREATED).entity(Map.of("id", saved.getId())).build();
    }

    /** A new budget line as posted: category (e.g. GRANT), description, amount in SEK. */
    public record NewLineJson(@NotNull(message = "category is required") String category,
            @NotBlank(message = "description is required") String description,
            @NotNull(message = "amount is required") BigDecimal amount) {
    }

    /** The year's budget as a workbook: lines with formulas for totals and deviations, and the contributions. */
    @GET
    @Path("{year: \\d+}.xlsx")
    @Produces(PlanResource.XLSX)
    public Response workbook(@PathParam("year") int year) {
        String fileName = budgets.workbookName(year);
        StreamingOutput body = out -> budgets.writeWorkbook(year, out);
        return Response.ok(body, PlanResource.XLSX)
                .header("Content-Disposition", ContentDisposition.attachment(fileName)).build();
    }

    /** The budget revision that counts for the year. */
    public record BudgetJson(int year, int revision, String status, LocalDate decidedOn, String contributionRule,
            BigDecimal fixedPercent, int populationYear, List<LineJson> lines, List<ContributionJson> contributions) {

        static BudgetJson of(BudgetOverview overview) {
            var budget = overview.budget();
            return new BudgetJson(budget.getBudgetYear(), budget.getRevision(), budget.getStatus().name(),
                    budget.getDecidedOn(), budget.getContributionRule().name(), budget.getFixedPercent(),
                    budget.getPopulationYear(), overview.lines().stream().map(LineJson::of).toList(),
                    overview.contributions().stream().map(ContributionJson::of).toList());
        }
    }

    /** A budget line: income or expense, budget, booked outcome, forecast. */
    public record LineJson(long id, String category, boolean income, String focusArea, String description,
            BigDecimal budget, BigDecimal outcome, BigDecimal forecast) {

        static LineJson of(BudgetOverview.Line line) {
            var l = line.line();
            return new LineJson(l.getId(), l.getCategory().name(), l.isIncome(),
                    l.getFocusArea() == null ? null : l.getFocusArea().getName(), l.getDescription(), l.getAmount(),
                    line.outcome(), l.getForecast());
        }
    }

    /** A municipality's contribution: population on the reference date, share in percent, amount in kronor. */
    public record ContributionJson(String municipality, String code, long population, LocalDate populationDate,
            BigDecimal sharePercent, long amount) {

        static ContributionJson of(BudgetOverview.Contribution c) {
            return new ContributionJson(c.municipality(), c.code(), c.population(), c.referenceDate(), c.sharePercent(),
                    c.kronor());
        }
    }
}
