package se.sodertorn.governance.web.view.meetings;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.omnifaces.util.Faces;
import se.sodertorn.governance.domain.meeting.Clash;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.meeting.MeetingPlan;
import se.sodertorn.governance.domain.meeting.MeetingStatus;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.BodyKind;
import se.sodertorn.governance.ejb.meeting.MeetingPlanService;
import se.sodertorn.governance.web.i18n.Texts;
import se.sodertorn.governance.web.view.Feedback;
import se.sodertorn.governance.web.view.RegisterChoices;

/**
 * {@code /meetings/plan.xhtml[?year=…]}: the year's meeting plan — its status, its meetings, their clashes with
 * holidays, each other and the imported calendars — and the secretariat's decision of it. Without a year it shows
 * this year's plan, with the next meeting marked and in view. The proposal dialog and the calendar panel use it.
 */
@Named
@ViewScoped
public class MeetingPlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<BodyKind> PLANNING_KINDS = EnumSet.of(BodyKind.MANAGEMENT_GROUP,
            BodyKind.COOPERATION_COMMITTEE);

    @EJB
    private MeetingPlanService plans;

    @Inject
    private RegisterChoices choices;

    private Integer year;
    private MeetingPlan plan;
    private List<Meeting> meetings;
    private List<Clash> clashes;
    private Map<Long, List<Clash>> clashesByMeeting;
    private LocalDateTime now;
    private Meeting next;
    private LocalDate decidedOn;
    private String reference;

    /** Loads the plan of the year named by the view parameter, or of the current year. */
    public void load() {
        now = LocalDateTime.now();
        if (year == null) {
            year = now.getYear();
        }
        plan = plans.plan(year).orElse(null);
        meetings = plans.meetings(year, null);
        clashes = plans.clashes(year);
        clashesByMeeting = clashes.stream().collect(Collectors.groupingBy(clash -> clash.meeting().getId()));
        next = meetings.stream().filter(m -> !m.isCancelled() && !m.hasStarted(now))
                .min(Comparator.comparing(Meeting::getStartsAt)).orElse(null);
        decidedOn = now.toLocalDate();
    }

    /** Opens the plan of the year typed into the year switcher. */
    public String showYear() {
        return "/meetings/plan?faces-redirect=true&year=" + year;
    }

    public void decide() {
        plans.decide(year, decidedOn, reference);
        load();
        Feedback.saved(getTitle());
    }

    /** The clashes of one meeting of the table. */
    public List<Clash> clashesOf(Meeting meeting) {
        return clashesByMeeting.getOrDefault(meeting.getId(), List.of());
    }

    public boolean clashing(Meeting meeting) {
        return clashesByMeeting.containsKey(meeting.getId());
    }

    /** Whether the meeting is the next one to come: the first of the year that has not begun and is not cancelled. */
    public boolean isNext(Meeting meeting) {
        return next != null && next.getId().equals(meeting.getId());
    }

    /** Whether the meeting offers cancelling: it is scheduled and can still be cancelled (it has not begun). */
    public boolean cancellable(Meeting meeting) {
        return meeting.getStatus() == MeetingStatus.SCHEDULED && meeting.isCancellable(now);
    }

    /** The table row's style: clashing meetings stand out, and so does the next meeting. */
    public String rowStyle(Meeting meeting) {
        return Stream.of(clashing(meeting) ? "deviating" : null, isNext(meeting) ? "next-meeting" : null)
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
    }

    /** Our bodies whose agenda template and chair rotation the body page keeps (LG and SSK). */
    public List<Body> getPlanningBodies() {
        return choices.getBodies().stream().filter(body -> PLANNING_KINDS.contains(body.getKind())).toList();
    }

    public boolean isDraft() {
        return plan != null && !plan.isDecided();
    }

    public String getTitle() {
        return Texts.format(Faces.getLocale(), "meetingPlan.ui.title", String.valueOf(year));
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public MeetingPlan getPlan() {
        return plan;
    }

    public List<Meeting> getMeetings() {
        return meetings;
    }

    public List<Clash> getClashes() {
        return clashes;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
