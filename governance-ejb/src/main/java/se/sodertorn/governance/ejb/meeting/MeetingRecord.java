package se.sodertorn.governance.ejb.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.sodertorn.governance.domain.meeting.ActionItem;
import se.sodertorn.governance.domain.meeting.AgendaItem;
import se.sodertorn.governance.domain.meeting.Attendance;
import se.sodertorn.governance.domain.meeting.Decision;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.meeting.MinutesCorrection;
import se.sodertorn.governance.domain.organisation.Person;

/**
 * Everything the minutes of a meeting hold: the meeting, its attendance and agenda, each item's decisions and
 * action items, the outstanding matters brought from earlier meetings, corrections, and the body's next meeting.
 */
public record MeetingRecord(Meeting meeting, List<Attendance> attendance, List<AgendaItem> agenda,
        Map<Long, List<Decision>> decisionsByItem, Map<Long, List<ActionItem>> actionsByItem,
        List<ActionItem> outstanding, List<MinutesCorrection> corrections, Meeting nextMeeting,
        boolean callerIsAdjuster) {

    public List<Attendance> present() {
        return attendance.stream().filter(a -> !a.isGuest() && a.isPresent()).toList();
    }

    public List<Attendance> absent() {
        return attendance.stream().filter(a -> !a.isGuest() && !a.isPresent()).toList();
    }

    public List<Attendance> guests() {
        return attendance.stream().filter(Attendance::isGuest).toList();
    }

    public List<Decision> decisionsOf(AgendaItem item) {
        return decisionsByItem.getOrDefault(item.getId(), List.of());
    }

    public List<ActionItem> actionsOf(AgendaItem item) {
        return actionsByItem.getOrDefault(item.getId(), List.of());
    }

    /**
     * The chair, secretary and adjuster who are on the attendance list but marked absent, each with the key of
     * their role ({@code chair}, {@code secretary}, {@code adjuster}): worth a warning, since the minutes name them.
     */
    public List<RoleHolder> absentRoleHolders() {
        List<RoleHolder> holders = new ArrayList<>();
        addIfAbsent(holders, meeting.getChair(), "chair");
        addIfAbsent(holders, meeting.getSecretary(), "secretary");
        addIfAbsent(holders, meeting.getAdjuster(), "adjuster");
        return holders;
    }

    private void addIfAbsent(List<RoleHolder> holders, Person person, String role) {
        if (person != null && absent().stream().anyMatch(line -> person.equals(line.getPerson()))) {
            holders.add(new RoleHolder(person.getFullName(), role));
        }
    }

    /** A person holding a role at the meeting: their name and the role's key. */
    public record RoleHolder(String name, String role) {
    }

    /** Whether the agenda and attendance have been set up from the template and the members. */
    public boolean isPrepared() {
        return !agenda.isEmpty();
    }
}
