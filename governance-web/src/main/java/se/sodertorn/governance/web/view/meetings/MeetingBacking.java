package se.sodertorn.governance.web.view.meetings;

import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.omnifaces.util.Faces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.ejb.meeting.InvitationReport;
import se.sodertorn.governance.ejb.meeting.MeetingCalendarService;
import se.sodertorn.governance.ejb.meeting.MeetingRecord;
import se.sodertorn.governance.ejb.meeting.MeetingService;
import se.sodertorn.governance.web.api.MeetingResource;
import se.sodertorn.governance.web.i18n.Texts;
import se.sodertorn.governance.web.view.CurrentUser;
import se.sodertorn.governance.web.view.Feedback;

/**
 * {@code /meetings/meeting.xhtml?id=…}: one meeting's record as the secretariat runs the meeting and writes the
 * minutes. It holds the record the page shows and tells the page's other beans (roles, attendance, agenda,
 * decisions, action items, minutes) when it was read again; it prepares the meeting, sends the invitations and
 * offers the meeting as an iCalendar file.
 */
@Named
@ViewScoped
public class MeetingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MeetingService meetings;

    @EJB
    private MeetingCalendarService calendars;

    @Inject
    private CurrentUser user;

    @Inject
    private Event<MeetingRecord> recordRead;

    private Long id;
    private MeetingRecord record;
    private InvitationReport invitations;

    /** Loads the meeting named by the view parameter. */
    public void load() {
        reload();
    }

    /** Reads the record again after a change, and lets the page's other beans know. */
    public void reload() {
        show(meetings.record(id));
    }

    /** Sets up agenda and attendance from the body's template and members. */
    public void prepare() {
        show(meetings.prepare(id));
        Feedback.saved(Texts.format(Faces.getLocale(), "meeting.ui.preparedParts"));
    }

    private void show(MeetingRecord read) {
        record = read;
        recordRead.fire(read);
    }

    public void sendInvitations() {
        invitations = calendars.sendInvitations(id);
    }

    /** The meeting as an iCalendar file for Outlook. */
    public StreamedContent getCalendar() {
        long meetingId = id;
        Meeting meeting = getMeeting();
        return DefaultStreamedContent.builder()
                .name(Texts.format(Faces.getLocale(), "meeting.ui.calendarFile", meeting.getBody().getShortName(),
                        meeting.getDay().toString()))
                .contentType(MeetingResource.CALENDAR)
                .stream(() -> new ByteArrayInputStream(
                        calendars.meetingCalendar(meetingId).getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    /** Whether the user may change the record now: the secretariat, until the adjuster approves the minutes. */
    public boolean isEditable() {
        return user.isEditor() && !getMeeting().isRecordLocked();
    }

    public Meeting getMeeting() {
        return record == null ? null : record.meeting();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MeetingRecord getRecord() {
        return record;
    }

    public InvitationReport getInvitations() {
        return invitations;
    }
}
