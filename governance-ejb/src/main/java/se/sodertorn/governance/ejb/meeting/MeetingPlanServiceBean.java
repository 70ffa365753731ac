package se.sodertorn.governance.ejb.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import se.sodertorn.governance.domain.meeting.Clash;
import se.sodertorn.governance.domain.meeting.ClashCheck;
import se.sodertorn.governance.domain.meeting.ExternalCalendarRepository;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.meeting.MeetingDraft;
import se.sodertorn.governance.domain.meeting.MeetingPlan;
import se.sodertorn.governance.domain.meeting.MeetingRepository;
import se.sodertorn.governance.domain.meeting.MeetingStatus;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.BodyRepository;
import se.sodertorn.governance.domain.security.Roles;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.NotFoundException;
import se.sodertorn.governance.ejb.calendar.SwedishHolidays;

/** Default {@link MeetingPlanService}. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.DIRECTOR, Roles.MEMBER})
public class MeetingPlanServiceBean implements MeetingPlanService {

    @Inject
    private MeetingRepository meetings;
    @Inject
    private MeetingPlanOpening opening;
    @Inject
    private BodyRepository bodies;
    @Inject
    private ExternalCalendarRepository calendars;

    @Override
    public Optional<MeetingPlan> plan(int year) {
        return meetings.plan(year);
    }

    @Override
    public List<Meeting> meetings(int year, Long bodyId) {
        return meetings.inYear(year, bodyId);
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public Meeting propose(int year, MeetingDraft draft) {
        if (draft.getDay().getYear() != year) {
            throw new GovernanceException("meeting.dayOutsideYear", year);
        }
        MeetingPlan plan = opening.plan(year);
        Body body = bodies.find(draft.getBodyId()).orElseThrow(() -> new NotFoundException("body", draft.getBodyId()));
        if (body.isExternal()) {
            throw new GovernanceException("meeting.externalBody", body.getShortName());
        }
        Meeting meeting = Meeting.proposal(plan, body, draft.startsAt(), draft.endsAt());
        meeting.describe(draft.getPlace(), draft.getKind(), draft.getNote());
        if (plan.isDecided()) {
            meeting.schedule();
        }
        return meetings.save(meeting);
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public Meeting change(long meetingId, int version, MeetingDraft draft) {
        Meeting meeting = meetings.get(meetingId, version);
        if (!meeting.getBody().getId().equals(draft.getBodyId())) {
            throw new GovernanceException("meeting.bodyFixed");
        }
        meeting.reschedule(draft.startsAt(), draft.endsAt());
        meeting.describe(draft.getPlace(), draft.getKind(), draft.getNote());
        return meetings.save(meeting);
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public void withdraw(long meetingId, int version) {
        Meeting meeting = meetings.get(meetingId, version);
        meeting.ensureWithdrawable(!meetings.agenda(meetingId).isEmpty() || !meetings.attendance(meetingId).isEmpty());
        meetings.remove(meeting);
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public Meeting cancel(long meetingId, int version) {
        Meeting meeting = meetings.get(meetingId, version);
        meeting.cancel(LocalDateTime.now());
        return meetings.save(meeting);
    }

    @Override
    public List<Clash> clashes(int year) {
        List<Meeting> ofYear = meetings.inYear(year, null);
        LocalDateTime from = LocalDateTime.of(year, 1, 1, 0, 0);
        return new ClashCheck(holidays(year), ofYear, calendars.between(from, from.plusYears(1))).of(ofYear);
    }

    @Override
    public SortedMap<LocalDate, String> holidays(int year) {
        return new SwedishHolidays().between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public MeetingPlan decide(int year, LocalDate day, String reference) {
        MeetingPlan plan = meetings.plan(year).orElseThrow(() -> new GovernanceException("meetingPlan.none", year));
        List<Meeting> proposals = meetings.inYear(year, null).stream()
                .filter(m -> plan.equals(m.getPlan()) && m.getStatus() == MeetingStatus.PROPOSED).toList();
        if (proposals.isEmpty()) {
            throw new GovernanceException("meetingPlan.empty", year);
        }
        plan.decide(day, reference);
        proposals.forEach(Meeting::schedule);
        return meetings.savePlan(plan);
    }
}
