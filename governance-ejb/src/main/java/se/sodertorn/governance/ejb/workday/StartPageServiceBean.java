package se.sodertorn.governance.ejb.workday;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.sodertorn.governance.domain.meeting.ActionItemRepository;
import se.sodertorn.governance.domain.meeting.DecisionRepository;
import se.sodertorn.governance.domain.meeting.MeetingRepository;
import se.sodertorn.governance.domain.notification.NotificationRepository;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.plan.ActivityPlan;
import se.sodertorn.governance.domain.plan.ActivityPlanRepository;
import se.sodertorn.governance.domain.budget.BudgetRepository;
import se.sodertorn.governance.domain.security.Roles;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.ejb.budget.BudgetOverview;
import se.sodertorn.governance.ejb.budget.BudgetService;
import se.sodertorn.governance.ejb.meeting.MeetingCaller;
import se.sodertorn.governance.ejb.plan.ActivityPlanService;
import se.sodertorn.governance.ejb.plan.PlanDashboard;

/** Default {@link StartPageService}: a handful of bounded queries, none growing with the size of the data. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.DIRECTOR, Roles.MEMBER})
public class StartPageServiceBean implements StartPageService {

    /**
     * Days ahead in which the secretariat is reminded of meetings without an agenda; unfinished minutes are those
     * of meetings held within the last year.
     */
    static final int PREPARE_DAYS = 30;
    static final int MY_ITEMS = 50;
    static final int SECRETARIAT_ROWS = 10;
    static final int NEXT_MEETINGS = 8;
    static final int DEVIATIONS = 3;

    @Resource
    private SessionContext session;
    @Inject
    private MeetingCaller caller;
    @Inject
    private MeetingRepository meetings;
    @Inject
    private ActionItemRepository actions;
    @Inject
    private DecisionRepository decisions;
    @Inject
    private NotificationRepository notifications;
    @Inject
    private ActivityPlanRepository plans;
    @Inject
    private BudgetRepository budgets;
    @EJB
    private ActivityPlanService planService;
    @EJB
    private BudgetService budgetService;
    @Inject
    private Clock clock;

    @Override
    public StartPage startPage() {
        LocalDate today = LocalDate.now(clock);
        Optional<ActivityPlan> plan = plans.findByYear(today.getYear());
        PlanDashboard dashboard = plan.map(p -> planService.dashboard(p.getId(), null)).orElse(null);
        return new StartPage(caller.displayName(), myTasks(), meetings.upcoming(LocalDateTime.now(clock), NEXT_MEETINGS),
                today.getYear(), plan.map(ActivityPlan::getId).orElse(null), dashboard, deviations(today.getYear()));
    }

    @Override
    public MyTasks myTasks() {
        LocalDate today = LocalDate.now(clock);
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<Person> me = caller.person();
        boolean secretariat = session.isCallerInRole(Roles.SECRETARIAT) || session.isCallerInRole(Roles.ADMIN);
        return new MyTasks(today,
                me.map(p -> meetings.awaitingApprovalBy(p.getId())).orElse(List.of()),
                me.map(p -> actions.openOf(p.getId(), MY_ITEMS)).orElse(List.of()),
                secretariat ? meetings.unprepared(now, today.plusDays(PREPARE_DAYS + 1).atStartOfDay(), SECRETARIAT_ROWS)
                        : empty(),
                secretariat ? meetings.minutesUnfinished(now.minusYears(1), now, SECRETARIAT_ROWS) : empty(),
                secretariat ? decisions.awaitingAdoption(SECRETARIAT_ROWS) : empty(),
                secretariat ? notifications.failed(SECRETARIAT_ROWS) : List.of(),
                secretariat ? notifications.countFailed() : 0);
    }

    private static <T> Page<T> empty() {
        return new Page<>(List.of(), 0);
    }

    private List<BudgetOverview.Line> deviations(int year) {
        return budgets.current(year).map(budget -> budgetService.overviewOf(budget.getId()).lines().stream()
                .filter(BudgetOverview.Line::isDeviating)
                .sorted(Comparator.comparing((BudgetOverview.Line line) -> line.deviation().abs()).reversed())
                .limit(DEVIATIONS).toList()).orElse(List.of());
    }
}
