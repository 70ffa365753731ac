package se.sodertorn.governance.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import se.sodertorn.governance.domain.meeting.ActionItemDraft;
import se.sodertorn.governance.domain.meeting.ActionItemFilter;
import se.sodertorn.governance.domain.meeting.DecisionDraft;
import se.sodertorn.governance.domain.meeting.MeetingDraft;
import se.sodertorn.governance.domain.meeting.MeetingKind;
import se.sodertorn.governance.domain.meeting.MeetingPlan;
import se.sodertorn.governance.domain.meeting.MeetingRepository;
import se.sodertorn.governance.domain.notification.DeliveryFailure;
import se.sodertorn.governance.domain.notification.Notification;
import se.sodertorn.governance.domain.notification.NotificationKind;
import se.sodertorn.governance.domain.notification.NotificationRepository;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.Membership;
import se.sodertorn.governance.domain.organisation.MembershipRole;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.plan.ActivityFilter;
import se.sodertorn.governance.domain.plan.ActivityPlan;
import se.sodertorn.governance.domain.plan.DevelopmentProgramme;
import se.sodertorn.governance.domain.plan.FocusArea;
import se.sodertorn.governance.domain.shared.PageRequest;
import se.sodertorn.governance.ejb.budget.BudgetService;
import se.sodertorn.governance.ejb.meeting.ActionItemService;
import se.sodertorn.governance.ejb.meeting.DecisionService;
import se.sodertorn.governance.ejb.meeting.ExternalCalendarService;
import se.sodertorn.governance.ejb.meeting.MeetingPlanService;
import se.sodertorn.governance.ejb.meeting.MeetingService;
import se.sodertorn.governance.ejb.meeting.PaperService;
import se.sodertorn.governance.ejb.meeting.PaperService.PaperUpload;
import se.sodertorn.governance.ejb.notification.NotificationService;
import se.sodertorn.governance.ejb.organisation.MembershipService;
import se.sodertorn.governance.ejb.plan.ActivityPlanService;
import se.sodertorn.governance.ejb.plan.ActivityService;
import se.sodertorn.governance.ejb.plan.ProgrammeService;

/**
 * Test data over HTTP for the tests that see the application only from outside (the authorization matrix, the bad
 * input corpus): {@code POST /governance-tests/test-data} makes a fresh set of rows through the services, as the
 * secretariat, and answers their ids; {@code GET} with the ids of such a set ({@code body}, {@code planYear},
 * {@code meeting}, {@code membership}) answers its state in one request: how many rows of each kind it has, and the
 * versions of those a request could change, so that a test can tell that nothing was stored.
 * Only in the test WAR; the application has no such door.
 */
@WebServlet("/test-data")
public class TestDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    @Inject
    private Callers callers;
    @Inject
    private RegisterFixtures register;
    @Inject
    private FeedFixtures feeds;
    @EJB
    private MembershipService memberships;
    @EJB
    private ProgrammeService programmes;
    @EJB
    private ActivityPlanService plans;
    @EJB
    private ActivityService activities;
    @EJB
    private BudgetService budgets;
    @EJB
    private MeetingPlanService meetingPlans;
    @EJB
    private MeetingService meetings;
    @EJB
    private PaperService papers;
    @EJB
    private DecisionService decisions;
    @EJB
    private ActionItemService actions;
    @EJB
    private NotificationService notifications;
    @EJB
    private ExternalCalendarService calendars;
    @Inject
    private MeetingRepository meetingRepository;
    @Inject
    private NotificationRepository notificationRepository;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            write(response, callers.asSecretariat(this::create));
        } catch (Exception e) {
            throw new IOException("test data could not be made", e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long body = Long.parseLong(request.getParameter("body"));
        int planYear = Integer.parseInt(request.getParameter("planYear"));
        long meeting = Long.parseLong(request.getParameter("meeting"));
        long membership = Long.parseLong(request.getParameter("membership"));
        try {
            write(response, callers.asSecretariat(() -> Json.createObjectBuilder()
                    .add("memberships", memberships.membersOf(body, PageRequest.of(0, 1)).total())
                    .add("membershipVersion", memberships.find(membership).getVersion())
                    .add("meetings", meetingRepository.ofBody(body, LocalDateTime.of(FIRST_YEAR - 100, 1, 1, 0, 0),
                            LocalDateTime.of(LAST_YEAR + 100, 1, 1, 0, 0)).size())
                    .add("meetingVersion", meetings.find(meeting).getVersion())
                    .add("meetingPlanDecided", meetingPlans.plan(meetings.find(meeting).getDay().getYear())
                            .map(MeetingPlan::isDecided).orElse(false))
                    .add("agendaItems", meetings.record(meeting).agenda().size())
                    .add("paperVersions", papers.versions(meeting).size())
                    .add("actionItems", actions.register(new ActionItemFilter(null, body, null, null,
                            LocalDate.now()), PageRequest.of(0, PageRequest.MAX_SIZE)).rows().stream()
                            .map(a -> a.getId() + ":" + a.getVersion()).toList().toString())
                    .add("activities", activities.page(plans.findByYear(planYear).getId(), ActivityFilter.none(),
                            PageRequest.of(0, 1)).total())
                    .add("budgetLines", budgets.overview(planYear).lines().size())
                    .add("plans", plans.page(PageRequest.of(0, 1)).total())
                    .add("externalCalendars", calendars.calendars().size())));
        } catch (Exception e) {
            throw new IOException("test data could not be counted", e);
        }
    }

    /**
     * A network with a person and a membership; a programme with a focus area, a draft plan and a budget on it, and a
     * year without a plan; a meeting of the network in a decided meeting plan with an agenda item carrying a decision
     * and an action item; a failed e-mail; a week whose digest has been sent; and an empty external calendar.
     */
    private JsonObjectBuilder create() throws Exception {
        Body body = register.newNetwork();
        Person person = register.newPerson();
        int meetingYear = freeMeetingYear();
        Membership membership = Membership.blankIn(body, LocalDate.of(meetingYear, 1, 1));
        membership.setPerson(person);
        membership.setRole(MembershipRole.MEMBER);
        membership = memberships.save(membership);

        DevelopmentProgramme programme = programmes.save(new DevelopmentProgramme(
                RegisterFixtures.unique("Testprogram "), FIRST_YEAR, LAST_YEAR));
        FocusArea area = programmes.saveFocusArea(new FocusArea(programme, RegisterFixtures.unique("Område "),
                "Mål", 1));
        int planYear = freePlanYear();
        plans.create(new ActivityPlan(planYear, "Verksamhetsplan " + planYear, programme), List.of(area.getId()));
        int freePlanYear = freePlanYear();
        budgets.create(planYear);

        MeetingDraft draft = new MeetingDraft();
        draft.setBodyId(body.getId());
        draft.setDay(LocalDate.of(meetingYear, 3, 10));
        draft.setStart(LocalTime.of(9, 0));
        draft.setEnd(LocalTime.of(10, 0));
        draft.setKind(MeetingKind.ORDINARY);
        long meeting = meetingPlans.propose(meetingYear, draft).getId();
        long item = meetings.addItem(meeting, "Ärende", null).getId();
        DecisionDraft decision = new DecisionDraft();
        decision.setText("Beslut om ärendet");
        ActionItemDraft action = new ActionItemDraft();
        action.setText("Uppdrag om ärendet");
        long decisionId = decisions.add(item, decision).getId();
        long actionItem = actions.give(item, action).getId();
        long paperVersion = papers.upload(new PaperUpload(meeting, item, null, "Handling", "handling.pdf"),
                new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))).getId();
        meetingPlans.decide(meetingYear, LocalDate.of(meetingYear - 1, 12, 1), "Test");

        Notification mail = new Notification(NotificationKind.ACTION_ITEM_GIVEN,
                RegisterFixtures.unique("mottagare-") + "@demo.example", null, "sv", "Ämne", "Text",
                LocalDateTime.of(meetingYear, 1, 1, 8, 0));
        mail.failed(DeliveryFailure.SERVER_UNREACHABLE);
        long notification = notificationRepository.save(mail).getId();
        LocalDate digestDay = LocalDate.of(1901 + ThreadLocalRandom.current().nextInt(98), 6, 10);
        callers.asAdmin(() -> notifications.sendWeeklyDigest(digestDay));
        byte[] emptyCalendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Governance tests//SV\r\nEND:VCALENDAR\r\n"
                .getBytes(StandardCharsets.UTF_8);
        long externalCalendar = calendars.importFile(RegisterFixtures.unique("Testkalender "), emptyCalendar,
                meetingYear).calendar().getId();
        String feedToken = feeds.accountWithFeed(person);
        String revokedFeedToken = feeds.accountWithFeed(person);
        feeds.revoke(revokedFeedToken);

        return Json.createObjectBuilder().add("body", body.getId()).add("person", person.getId())
                .add("membership", membership.getId()).add("programme", programme.getName())
                .add("focusArea", area.getName()).add("planYear", planYear).add("budgetYear", planYear)
                .add("freePlanYear", freePlanYear).add("meetingVersion", meetings.find(meeting).getVersion())
                .add("meetingYear", meetingYear).add("meeting", meeting).add("item", item)
                .add("decision", decisionId).add("actionItem", actionItem).add("notification", notification)
                .add("digestDay", digestDay.toString()).add("externalCalendar", externalCalendar)
                .add("paperVersion", paperVersion)
                .add("feedToken", feedToken).add("revokedFeedToken", revokedFeedToken);
    }

    /** A year without a meeting plan, from the last the meeting plan takes down, so that no other test's is decided. */
    private int freeMeetingYear() {
        for (int year = LAST_YEAR; year >= FIRST_YEAR; year--) {
            if (meetingPlans.plan(year).isEmpty()) {
                return year;
            }
        }
        throw new IllegalStateException("every year has a meeting plan");
    }

    /** A year without an activity plan, picked at random so that runs seldom meet. */
    private int freePlanYear() {
        Set<Integer> taken = plans.page(PageRequest.of(0, PageRequest.MAX_SIZE)).rows().stream()
                .map(ActivityPlan::getYear).collect(Collectors.toSet());
        int year = FIRST_YEAR + ThreadLocalRandom.current().nextInt(LAST_YEAR - FIRST_YEAR + 1);
        for (int tried = 0; tried <= LAST_YEAR - FIRST_YEAR; tried++) {
            if (!taken.contains(year)) {
                return year;
            }
            year = year == LAST_YEAR ? FIRST_YEAR : year + 1;
        }
        throw new IllegalStateException("every year has a plan");
    }

    private static void write(HttpServletResponse response, JsonObjectBuilder json) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.build().toString());
    }
}
