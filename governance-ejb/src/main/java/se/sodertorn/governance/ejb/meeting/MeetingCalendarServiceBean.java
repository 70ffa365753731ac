package se.sodertorn.governance.ejb.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.meeting.MeetingRepository;
import se.sodertorn.governance.domain.meeting.MeetingStatus;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.BodyRepository;
import se.sodertorn.governance.domain.organisation.Membership;
import se.sodertorn.governance.domain.organisation.MembershipRepository;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.security.Roles;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.NotFoundException;
import se.sodertorn.governance.ejb.calendar.CalendarMethod;
import se.sodertorn.governance.ejb.calendar.IcsWriter;
import se.sodertorn.governance.ejb.calendar.Invitee;

/** Default {@link MeetingCalendarService}. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.DIRECTOR, Roles.MEMBER})
public class MeetingCalendarServiceBean implements MeetingCalendarService {

    @Inject
    private MeetingRepository meetings;
    @Inject
    private BodyRepository bodies;
    @Inject
    private MembershipRepository memberships;
    @Inject
    private InvitationMail mail;
    @Inject
    private MeetingCalendarEntries entries;
    @Inject
    private CalendarWindow window;

    @Override
    public String meetingCalendar(long meetingId) {
        Meeting meeting = meetings.get(meetingId);
        return entries.publish(meeting.getBody().getName(), List.of(meeting));
    }

    @Override
    public String bodyCalendar(long bodyId) {
        Body body = bodies.find(bodyId).orElseThrow(() -> new NotFoundException("body", bodyId));
        return entries.publish(body.getName(),
                meetings.calendarOfBody(bodyId, window.start(), CalendarWindow.MAX_MEETINGS));
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public InvitationReport sendInvitations(long meetingId) {
        Meeting meeting = meetings.get(meetingId);
        if (meeting.getStatus() == MeetingStatus.PROPOSED) {
            throw new GovernanceException("invitation.notScheduled");
        }
        List<Person> members = memberships.activeOn(meeting.getBody().getId(), meeting.getDay()).stream()
                .map(Membership::getPerson).distinct().toList();
        List<Person> reachable = members.stream().filter(p -> p.getEmail() != null).toList();
        List<String> withoutEmail = members.stream().filter(p -> p.getEmail() == null).map(Person::getFullName).toList();
        if (reachable.isEmpty()) {
            throw new GovernanceException("invitation.noRecipients");
        }
        List<Invitee> invitees = reachable.stream().map(p -> new Invitee(p.getFullName(), p.getEmail())).toList();
        CalendarMethod method = meeting.isCancelled() ? CalendarMethod.CANCEL : CalendarMethod.REQUEST;
        String calendar = new IcsWriter().write(meeting.getBody().getName(), List.of(entries.entry(meeting, invitees)), method);
        mail.send(meeting, invitees, calendar, method);
        return new InvitationReport(invitees.stream().map(Invitee::email).toList(), withoutEmail);
    }
}
