package se.sodertorn.governance.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import se.sodertorn.governance.domain.meeting.ActionItem;
import se.sodertorn.governance.domain.meeting.AdoptionProgress;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.notification.Notification;
import se.sodertorn.governance.domain.plan.ActivityStatus;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.ejb.budget.BudgetOverview;
import se.sodertorn.governance.ejb.plan.PlanDashboard;
import se.sodertorn.governance.ejb.security.MyAccountService;
import se.sodertorn.governance.ejb.shared.ApplicationLinks;
import se.sodertorn.governance.ejb.workday.MyTasks;
import se.sodertorn.governance.ejb.workday.StartPage;
import se.sodertorn.governance.ejb.workday.StartPageService;

/**
 * The caller's own: {@code GET /api/me/tasks} (the same content as the start page) and {@code PUT /api/me/language}.
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @EJB
    private StartPageService startPages;
    @EJB
    private MyAccountService account;
    @Inject
    private ApplicationLinks links;

    /** The caller's tasks, the coming meetings, and this year's plan progress and largest budget deviations. */
    @GET
    @Path("tasks")
    public TasksJson tasks() {
        StartPage page = startPages.startPage();
        MyTasks tasks = page.tasks();
        return new TasksJson(page.personName(), tasks.today(),
                tasks.minutesToApprove().stream().map(this::meeting).toList(),
                tasks.actionItems().stream().map(a -> action(a, tasks.today())).toList(),
                meetings(tasks.meetingsToPrepare()), meetings(tasks.minutesToFinish()),
                new ListJson<>(tasks.pendingAdoptions().total(),
                        tasks.pendingAdoptions().rows().stream().map(this::adoption).toList()),
                new ListJson<>(tasks.failedCount(), tasks.failedNotifications().stream().map(MailJson::of).toList()),
                page.nextMeetings().stream().map(this::meeting).toList(),
                page.plan() == null ? null : PlanJson.of(page.year(), page.plan()),
                page.budgetDeviations().stream().map(DeviationJson::of).toList());
    }

    /**
     * Chooses the caller's language for the pages and the e-mails they get: {@code {"language": "sv"|"en"}}.
     */
    @PUT
    @Path("language")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> language(LanguageJson json) {
        account.chooseLanguage(ApiInput.valid(json).language());
        return Map.of("language", account.language());
    }

    private ListJson<MeetingJson> meetings(Page<Meeting> page) {
        return new ListJson<>(page.total(), page.rows().stream().map(this::meeting).toList());
    }

    private MeetingJson meeting(Meeting m) {
        return new MeetingJson(m.getId(), m.getBody().getShortName(), m.getBody().getName(), m.getStartsAt(),
                m.getEndsAt(), m.getPlace(), m.getMinutesStatus().name(), links.meeting(m.getId()));
    }

    private ActionJson action(ActionItem a, LocalDate today) {
        Meeting given = a.getOriginMeeting();
        return new ActionJson(a.getId(), a.getVersion(), a.getText(), a.getDueDate(), a.getDueText(),
                a.isOverdue(today), given.getBody().getShortName(), given.getId(), given.getDay(),
                links.meeting(given.getId()));
    }

    private AdoptionJson adoption(AdoptionProgress p) {
        return new AdoptionJson(p.decision().getId(), p.decision().getBody().getShortName(),
                p.decision().getMeeting().getDay(), p.decision().getText(), p.adopted(), p.total());
    }

    /** A language: {@code sv} or {@code en}. */
    public record LanguageJson(@NotNull(message = "language is sv or en")
            @Pattern(regexp = "sv|en", message = "language is sv or en") String language) {
    }

    /** Everything the start page shows, for the caller. */
    public record TasksJson(String person, LocalDate today, List<MeetingJson> minutesToApprove,
            List<ActionJson> actionItems, ListJson<MeetingJson> meetingsToPrepare,
            ListJson<MeetingJson> minutesToFinish, ListJson<AdoptionJson> pendingAdoptions,
            ListJson<MailJson> failedMail, List<MeetingJson> nextMeetings, PlanJson plan,
            List<DeviationJson> budgetDeviations) {
    }

    /** Some rows of a longer list, and how many there are in all. */
    public record ListJson<T>(long total, List<T> rows) {
    }

    /** A meeting, with the address of its page. */
    public record MeetingJson(long id, String body, String bodyName, LocalDateTime start, LocalDateTime end,
            String place, String minutesStatus, String link) {
    }

    /** An open action item of the caller's; {@code due} as a date, or {@code dueText} as a season in words. */
    public record ActionJson(long id, int version, String text, LocalDate due, String dueText, boolean overdue,
            String body, long meetingId, LocalDate meetingDay, String link) {
    }

    /** A decision some executive boards have yet to adopt: adopted by {@code adopted} of {@code total}. */
    public record AdoptionJson(long decisionId, String body, LocalDate meetingDay, String text, long adopted,
            long total) {
    }

    /** An e-mail that could not be sent, and why (SERVER_UNREACHABLE, ADDRESS_REFUSED, NOT_SENT). */
    public record MailJson(long id, String kind, String recipient, String subject, LocalDateTime written,
            String failure) {
        static MailJson of(Notification n) {
            return new MailJson(n.getId(), n.getKind().name(), n.getRecipient(), n.getSubject(), n.getCreatedAt(),
                    n.getFailure() == null ? null : n.getFailure().name());
        }
    }

    /** This year's plan: per focus area, activities in all, done, and the share done in whole per cent. */
    public record PlanJson(int year, List<AreaJson> areas) {
        static PlanJson of(int year, PlanDashboard plan) {
            return new PlanJson(year, plan.areas().stream().map(a -> new AreaJson(a.name(), a.total(),
                    a.count(ActivityStatus.DONE), a.percentDone())).toList());
        }
    }

    /** One focus area's progress. */
    public record AreaJson(String focusArea, long activities, long done, int percentDone) {
    }

    /** A budget line whose forecast deviates from its budget (SEK). */
    public record DeviationJson(String line, BigDecimal budget, BigDecimal expected, BigDecimal deviation) {
        static DeviationJson of(BudgetOverview.Line l) {
            return new DeviationJson(l.line().getDescription(), l.line().getAmount(), l.expected(), l.deviation());
        }
    }
}
