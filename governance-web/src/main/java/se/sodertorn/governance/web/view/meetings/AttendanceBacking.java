package se.sodertorn.governance.web.view.meetings;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import se.sodertorn.governance.domain.meeting.Attendance;
import se.sodertorn.governance.ejb.meeting.MeetingRecord;
import se.sodertorn.governance.ejb.meeting.MeetingService;
import se.sodertorn.governance.web.view.Feedback;

/** The meeting page's attendance: members marked present or absent as the meeting goes, and guests. */
@Named
@ViewScoped
public class AttendanceBacking extends MeetingPagePart {

    private static final long serialVersionUID = 1L;

    @EJB
    private MeetingService meetings;

    private final Map<Long, Boolean> present = new HashMap<>();
    private String guestName;
    private String guestOrganisation;

    @Override
    void show(MeetingRecord record) {
        record.attendance().forEach(line -> present.put(line.getId(), line.isPresent()));
    }

    /** Saves the tick of one line as soon as it changes. */
    public void mark(Attendance line) {
        meetings.markPresent(line.getId(), present.get(line.getId()));
        view.reload();
        Feedback.saved(line.getName());
    }

    public void addGuest() {
        Attendance guest = meetings.addGuest(view.getId(), guestName, guestOrganisation);
        guestName = null;
        guestOrganisation = null;
        view.reload();
        Feedback.saved(guest.getName());
    }

    public void removeGuest(Attendance guest) {
        meetings.removeGuest(guest.getId());
        view.reload();
        Feedback.removed(guest.getName());
    }

    /** Whether each line (by id) is ticked as present. */
    public Map<Long, Boolean> getPresent() {
        return present;
    }

    public String getGuestName() {
        return guestName;
    }

    public void setGuestName(String guestName) {
        this.guestName = guestName;
    }

    public String getGuestOrganisation() {
        return guestOrganisation;
    }

    public void setGuestOrganisation(String guestOrganisation) {
        this.guestOrganisation = guestOrganisation;
    }
}
