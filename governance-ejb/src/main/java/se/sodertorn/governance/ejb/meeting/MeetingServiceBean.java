package se.sodertorn.governance.ejb.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.sodertorn.governance.domain.meeting.ActionItem;
import se.sodertorn.governance.domain.meeting.ActionItemRepository;
import se.sodertorn.governance.domain.meeting.AgendaItem;
import se.sodertorn.governance.domain.meeting.AgendaTemplate;
import se.sodertorn.governance.domain.meeting.Attendance;
import se.sodertorn.governance.domain.meeting.Decision;
import se.sodertorn.governance.domain.meeting.DecisionRepository;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.meeting.MeetingRepository;
import se.sodertorn.governance.domain.meeting.PaperRepository;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.BodyRepository;
import se.sodertorn.governance.domain.organisation.Membership;
import se.sodertorn.governance.domain.organisation.MembershipRepository;
import se.sodertorn.governance.domain.organisation.MembershipRole;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.organisation.PersonRepository;
import se.sodertorn.governance.domain.security.Roles;
import se.sodertorn.governance.domain.shared.ConcurrentChangeException;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.NotFoundException;

/** Default {@link MeetingService}. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
public class MeetingServiceBean implements MeetingService {

    @Inject
    private MeetingRepository meetings;
    @Inject
    private PaperRepository papers;
    @Inject
    private DecisionRepository decisions;
    @Inject
    private ActionItemRepository actions;
    @Inject
    private PersonRepository persons;
    @Inject
    private BodyRepository bodies;
    @Inject
    private MembershipRepository memberships;
    @Inject
    private MeetingCaller caller;

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.DIRECTOR, Roles.MEMBER})
    public Meeting find(long meetingId) {
        return meetings.get(meetingId);
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.DIRECTOR, Roles.MEMBER})
    public MeetingRecord record(long meetingId) {
        Meeting meeting = find(meetingId);
        Map<Long, List<Decision>> decisionsByItem = decisions.ofMeeting(meetingId).stream()
                .collect(Collectors.groupingBy(d -> d.getItem().getId(), LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<ActionItem>> actionsByItem = actions.givenAt(meetingId).stream()
                .collect(Collectors.groupingBy(a -> a.getOriginItem().getId(), LinkedHashMap::new, Collectors.toList()));
        boolean adjuster = meeting.getAdjuster() != null
                && caller.person().map(meeting.getAdjuster()::equals).orElse(false);
        return new MeetingRecord(meeting, meetings.attendance(meetingId), meetings.agenda(meetingId), decisionsByItem,
                actionsByItem, actions.outstandingAt(meeting), meetings.corrections(meetingId),
                meetings.next(meeting.getBody().getId(), meeting.getStartsAt()).orElse(null), adjuster);
    }

    @Override
    public MeetingRecord prepare(long meetingId) {
        Meeting meeting = find(meetingId);
        meeting.ensureRecordOpen();
        if (meetings.agenda(meetingId).isEmpty()) {
            template(meeting.getBody().getId()).itemsFor(meeting).forEach(meetings::saveItem);
            List<Membership> members = memberships.activeOn(meeting.getBody().getId(), meeting.getDay());
            List<Long> listed = meetings.attendance(meetingId).stream().filter(a -> !a.isGuest())
                    .map(a -> a.getPerson().getId()).toList();
            members.stream().map(Membership::getPerson).distinct().filter(p -> !listed.contains(p.getId()))
                    .forEach(person -> meetings.saveAttendance(Attendance.member(meeting, person)));
            meeting.assignRoles(
                    meeting.getChair() != null ? meeting.getChair() : holder(members, MembershipRole.CHAIR),
                    meeting.getSecretary() != null ? meeting.getSecretary() : holder(members, MembershipRole.SECRETARY),
                    meeting.getAdjuster());
            meetings.save(meeting);
        }
        return record(meetingId);
    }

    private static Person holder(List<Membership> members, MembershipRole role) {
        return members.stream().filter(m -> m.getRole() == role).map(Membership::getPerson).findFirst().orElse(null);
    }

    @Override
    public Meeting assignRoles(long meetingId, int version, Long chairId, Long secretaryId, Long adjusterId) {
        Meeting meeting = meetings.get(meetingId, version);
        meeting.assignRoles(person(chairId), person(secretaryId), person(adjusterId));
        return meetings.save(meeting);
    }

    private Person person(Long personId) {
        return personId == null ? null
                : persons.find(personId).orElseThrow(() -> new NotFoundException("person", personId));
    }

    @Override
    public Attendance markPresent(long attendanceId, boolean present) {
        Attendance line = attendanceLine(attendanceId);
        line.markPresent(present);
        return meetings.saveAttendance(line);
    }

    @Override
    public Attendance addGuest(long meetingId, String name, String organisation) {
        Meeting meeting = find(meetingId);
        meeting.ensureRecordOpen();
        return meetings.saveAttendance(Attendance.guest(meeting, name, organisation));
    }

    @Override
    public void removeGuest(long attendanceId) {
        Attendance line = attendanceLine(attendanceId);
        line.getMeeting().ensureRecordOpen();
        if (!line.isGuest()) {
            throw new GovernanceException("attendance.onlyGuestsRemoved");
        }
        meetings.removeAttendance(line);
    }

    private Attendance attendanceLine(long attendanceId) {
        return meetings.attendanceLine(attendanceId)
                .orElseThrow(() -> new NotFoundException("attendance", attendanceId));
    }

    @Override
    public AgendaItem addItem(long meetingId, String title, Integer position) {
        Meeting meeting = find(meetingId);
        meeting.ensureRecordOpen();
        List<AgendaItem> agenda = meetings.agenda(meetingId);
        int number = position == null || position < 1 || position > agenda.size() ? agenda.size() + 1 : position;
        for (AgendaItem later : agenda) {
            if (later.getNumber() >= number) {
                later.renumber(later.getNumber() + 1);
            }
        }
        return meetings.saveItem(new AgendaItem(meeting, number, title, AgendaTemplate.kindOf(title)));
    }

    @Override
    public AgendaItem writeItem(long itemId, int version, String title, String notes) {
        return write(item(itemId), version, title, notes);
    }

    @Override
    public List<AgendaItem> writeItems(long meetingId, List<ItemText> texts) {
        Map<Long, AgendaItem> agenda = meetings.agenda(meetingId).stream()
                .collect(Collectors.toMap(AgendaItem::getId, item -> item));
        for (ItemText text : texts) {
            AgendaItem item = agenda.get(text.itemId());
            if (item == null) {
                throw new NotFoundException("agendaItem", text.itemId());
            }
            write(item, text.version(), text.title(), text.notes());
        }
        return meetings.agenda(meetingId).stream().filter(item -> texts.stream()
                .anyMatch(text -> text.itemId() == item.getId())).toList();
    }

    private AgendaItem write(AgendaItem item, int version, String title, String notes) {
        if (item.getVersion() != version) {
            throw new ConcurrentChangeException("agendaItem.changedMeanwhile", item.getNumber());
        }
        if (title == null || title.isBlank()) {
            throw new GovernanceException("agendaItem.titleRequired", item.getNumber());
        }
        if (notes != null && notes.length() > AgendaItem.NOTES_MAX) {
            throw new GovernanceException("agendaItem.notesTooLong", item.getNumber(), AgendaItem.NOTES_MAX);
        }
        item.write(title, notes);
        return meetings.saveItem(item);
    }

    @Override
    public void removeItem(long itemId) {
        AgendaItem item = item(itemId);
        Meeting meeting = item.getMeeting();
        meeting.ensureRecordOpen();
        boolean used = decisions.ofMeeting(meeting.getId()).stream().anyMatch(d -> d.getItem().equals(item))
                || actions.givenAt(meeting.getId()).stream().anyMatch(a -> a.getOriginItem().equals(item));
        if (used) {
            throw new GovernanceException("agendaItem.inUse");
        }
        if (papers.itemHasPapers(itemId)) {
            throw new GovernanceException("agendaItem.hasPapers");
        }
        meetings.removeItem(item);
        for (AgendaItem later : meetings.agenda(meeting.getId())) {
            if (later.getNumber() > item.getNumber()) {
                later.renumber(later.getNumber() - 1);
            }
        }
    }

    private AgendaItem item(long itemId) {
        return meetings.item(itemId).orElseThrow(() -> new NotFoundException("agendaItem", itemId));
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.DIRECTOR, Roles.MEMBER})
    public AgendaTemplate template(long bodyId) {
        return meetings.template(bodyId).orElseGet(() -> new AgendaTemplate(body(bodyId), AgendaTemplate.STANDARD));
    }

    @Override
    public AgendaTemplate saveTemplate(long bodyId, String items) {
        AgendaTemplate template = meetings.template(bodyId).orElse(null);
        if (template == null) {
            return meetings.saveTemplate(new AgendaTemplate(body(bodyId), items));
        }
        template.rewrite(items);
        return meetings.saveTemplate(template);
    }

    private Body body(long bodyId) {
        return bodies.find(bodyId).orElseThrow(() -> new NotFoundException("body", bodyId));
    }
}
