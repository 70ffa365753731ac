package se.sodertorn.governance.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.concurrent.ThreadLocalRandom;
import se.sodertorn.governance.domain.meeting.DecisionDraft;
import se.sodertorn.governance.domain.meeting.MeetingDraft;
import se.sodertorn.governance.domain.meeting.MeetingKind;
import se.sodertorn.governance.domain.notification.Notification;
import se.sodertorn.governance.domain.notification.NotificationKind;
import se.sodertorn.governance.domain.notification.NotificationRepository;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.ejb.meeting.DecisionService;
import se.sodertorn.governance.ejb.meeting.MeetingPlanService;
import se.sodertorn.governance.ejb.meeting.MeetingService;

/**
 * Test data for search ({@code POST /governance-tests/search-data?token=…}): a new network's meeting whose note says
 * it "beslutade" about the token, an agenda item on "Näringsliv" and the token with a decision ("beslutar") on it,
 * and an e-mail notification about the token, which only the secretariat's mail log holds and search must never
 * show. Answers the ids. Only in the test WAR.
 */
@WebServlet("/search-data")
public class SearchDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The year of the meetings made here; no other test's meeting plan is in it. */
    static final int YEAR = 2059;

    @Inject
    private Callers callers;
    @Inject
    private RegisterFixtures register;
    @EJB
    private MeetingPlanService meetingPlans;
    @EJB
    private MeetingService meetings;
    @EJB
    private DecisionService decisions;
    @Inject
    private NotificationRepository notifications;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("token");
        try {
            var ids = callers.asSecretariat(() -> {
                Body body = register.newNetwork();
                MeetingDraft draft = new MeetingDraft();
                draft.setBodyId(body.getId());
                draft.setDay(LocalDate.ofYearDay(YEAR, 1 + ThreadLocalRandom.current().nextInt(365)));
                draft.setStart(LocalTime.of(9, 0));
                draft.setEnd(LocalTime.of(10, 0));
                draft.setKind(MeetingKind.ORDINARY);
                draft.setPlace("Flemingsberg");
                draft.setNote("Mötet beslutade om " + token + " efter dialog");
                long meeting = meetingPlans.propose(YEAR, draft).getId();
                long item = meetings.addItem(meeting, "Näringsliv och " + token, null).getId();
                DecisionDraft decision = new DecisionDraft();
                decision.setText("Nätverket beslutar att " + token + " genomförs under hösten.");
                long decided = decisions.add(item, decision).getId();
                notifications.save(new Notification(NotificationKind.ACTION_ITEM_GIVEN, "kansliet@demo.example", null,
                        "sv", "Internt om " + token, "Beslutade om " + token, LocalDateTime.of(YEAR, 1, 1, 8, 0)));
                return Json.createObjectBuilder().add("body", body.getId()).add("meeting", meeting)
                        .add("item", item).add("decision", decided);
            });
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(ids.build().toString());
        } catch (Exception e) {
            throw new IOException("search data could not be made", e);
        }
    }
}
