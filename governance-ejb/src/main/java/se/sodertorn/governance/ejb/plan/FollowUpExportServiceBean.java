package se.sodertorn.governance.ejb.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import se.sodertorn.governance.domain.budget.BudgetRepository;
import se.sodertorn.governance.domain.plan.ActivityPlan;
import se.sodertorn.governance.domain.plan.ActivityPlanRepository;
import se.sodertorn.governance.domain.plan.ActivityRepository;
import se.sodertorn.governance.domain.plan.FocusArea;
import se.sodertorn.governance.domain.plan.FollowUpLine;
import se.sodertorn.governance.domain.plan.FollowUpRound;
import se.sodertorn.governance.domain.security.Roles;
import se.sodertorn.governance.domain.shared.NotFoundException;
import se.sodertorn.governance.ejb.budget.BudgetReports;
import se.sodertorn.governance.ejb.budget.BudgetService;
import se.sodertorn.governance.reports.budget.BudgetReport;
import se.sodertorn.governance.reports.followup.ActivityRow;
import se.sodertorn.governance.reports.followup.ActivityStatus;
import se.sodertorn.governance.reports.followup.FocusAreaSummary;
import se.sodertorn.governance.reports.followup.FollowUpHeader;
import se.sodertorn.governance.reports.followup.FollowUpWorkbookWriter;

/** Default {@link FollowUpExportService}: figures counted by the database, rows streamed into the writer. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.DIRECTOR})
public class FollowUpExportServiceBean implements FollowUpExportService {

    @Inject
    private ActivityPlanRepository plans;
    @Inject
    private ActivityRepository activities;
    @Inject
    private ActivityPlanService planService;
    @Inject
    private BudgetService budgetService;
    @Inject
    private BudgetRepository budgets;
    @Inject
    private Clock clock;

    @Override
    public String fileName(int year, Long roundId, Long focusAreaId) {
        Scope scope = scope(year, roundId, focusAreaId);
        String round = scope.round == null ? "nulage" : slug(scope.round.getName().replace(String.valueOf(year), ""));
        String area = scope.area == null ? "" : "-" + slug(scope.area.getName());
        return "uppfoljning-" + year + "-" + round + area + ".xlsx";
    }

    @Override
    public void write(int year, Long roundId, Long focusAreaId, OutputStream out) throws IOException {
        Scope scope = scope(year, roundId, focusAreaId);
        FollowUpRound earlier = earlierRound(scope);
        FollowUpHeader header = new FollowUpHeader(scope.plan.getId(), scope.plan.getName(), year,
                scope.round == null ? null : scope.round.getName(),
                scope.round == null ? null : scope.round.getTakenOn(),
                earlier == null ? null : earlier.getName(), Instant.now(clock), summaries(scope));
        try (Stream<FollowUpLine> lines = activities.followUpLines(scope.plan.getId(),
                scope.round == null ? null : scope.round.getId(), earlier == null ? null : earlier.getId(),
                focusAreaId)) {
            Iterator<ActivityRow> rows = lines.map(FollowUpExportServiceBean::row).iterator();
            new FollowUpWorkbookWriter().write(header, rows, budget(year), out);
        }
    }

    /** The year's budget for the workbook's budget and contribution sheets, if the year has one. */
    private BudgetReport budget(int year) {
        return budgets.revisions(year).isEmpty() ? null : BudgetReports.of(budgetService.overview(year));
    }

    private Scope scope(int year, Long roundId, Long focusAreaId) {
        ActivityPlan plan = plans.ofYear(year);
        FollowUpRound round = null;
        if (roundId != null) {
            round = plans.findRound(roundId).filter(r -> r.getPlan().getId().equals(plan.getId()))
                    .orElseThrow(() -> new NotFoundException("round", roundId));
        }
        FocusArea area = null;
        if (focusAreaId != null) {
            area = plan.getFocusAreas().stream().filter(a -> a.getId().equals(focusAreaId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("focusArea", focusAreaId));
        }
        return new Scope(plan, round, area);
    }

    /** The round before the chosen one, or the latest round when the follow-up is of now. */
    private FollowUpRound earlierRound(Scope scope) {
        List<FollowUpRound> rounds = plans.roundsOf(scope.plan.getId());
        if (scope.round == null) {
            return rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
        }
        int index = rounds.indexOf(scope.round);
        return index > 0 ? rounds.get(index - 1) : null;
    }

    private List<FocusAreaSummary> summaries(Scope scope) {
        return planService.dashboard(scope.plan.getId(), scope.round == null ? null : scope.round.getId()).areas()
                .stream()
                .filter(area -> scope.area == null || area.focusAreaId() == scope.area.getId())
                .map(area -> {
                    Map<ActivityStatus, Integer> counts = new EnumMap<>(ActivityStatus.class);
                    area.counts().forEach((status, count) -> counts.put(status(status), count.intValue()));
                    return new FocusAreaSummary(area.name(), counts, area.budget(), area.outcome());
                })
                .toList();
    }

    private static ActivityRow row(FollowUpLine line) {
        return new ActivityRow(line.activityId(), line.focusArea(), line.title(), line.responsible(), line.period(),
                status(line.status()), line.progressPercent(), line.comment(), line.budget(), line.outcome(),
                line.earlierStatus() == null ? null : status(line.earlierStatus()));
    }

    static ActivityStatus status(se.sodertorn.governance.domain.plan.ActivityStatus status) {
        return ActivityStatus.valueOf(status.name());
    }

    /** Lower-case ASCII with hyphens: "Helår " becomes "helar". */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "uppfoljning" : slug;
    }

    private record Scope(ActivityPlan plan, FollowUpRound round, FocusArea area) {
    }
}
