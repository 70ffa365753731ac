package se.sodertorn.governance.web.view.meetings;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.omnifaces.util.Faces;
import se.sodertorn.governance.domain.meeting.Attendance;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.shared.BaseEntity;
import se.sodertorn.governance.ejb.meeting.MeetingRecord;
import se.sodertorn.governance.ejb.meeting.MeetingService;
import se.sodertorn.governance.web.i18n.Texts;
import se.sodertorn.governance.web.view.Feedback;

/**
 * The meeting page's roles: who chairs, who writes the minutes ("vid anteckningarna") and who approves them (the
 * adjuster, "justerare"), chosen among the people on the attendance list.
 */
@Named
@ViewScoped
public class MeetingRolesBacking extends MeetingPagePart {

    private static final long serialVersionUID = 1L;

    @EJB
    private MeetingService meetings;

    private Long chairId;
    private Long secretaryId;
    private Long adjusterId;
    private List<Person> people;

    @Override
    void show(MeetingRecord record) {
        Meeting meeting = record.meeting();
        chairId = idOf(meeting.getChair());
        secretaryId = idOf(meeting.getSecretary());
        adjusterId = idOf(meeting.getAdjuster());
        Stream<Person> attending = record.attendance().stream().filter(a -> !a.isGuest()).map(Attendance::getPerson);
        Stream<Person> holders = Stream.of(meeting.getChair(), meeting.getSecretary(), meeting.getAdjuster())
                .filter(Objects::nonNull);
        people = List.copyOf(Stream.concat(attending, holders)
                .collect(Collectors.toMap(Person::getId, p -> p, (first, same) -> first, LinkedHashMap::new)).values());
    }

    private static Long idOf(BaseEntity entity) {
        return entity == null ? null : entity.getId();
    }

    public void save() {
        Meeting meeting = view.getMeeting();
        meetings.assignRoles(meeting.getId(), meeting.getVersion(), chairId, secretaryId, adjusterId);
        view.reload();
        Feedback.saved(Texts.format(Faces.getLocale(), "meeting.ui.roles"));
    }

    /** The people to choose among: the members on the attendance list and whoever holds a role already. */
    public List<Person> getPeople() {
        return people;
    }

    public Long getChairId() {
        return chairId;
    }

    public void setChairId(Long chairId) {
        this.chairId = chairId;
    }

    public Long getSecretaryId() {
        return secretaryId;
    }

    public void setSecretaryId(Long secretaryId) {
        this.secretaryId = secretaryId;
    }

    public Long getAdjusterId() {
        return adjusterId;
    }

    public void setAdjusterId(Long adjusterId) {
        this.adjusterId = adjusterId;
    }
}
