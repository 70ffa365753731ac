package se.sodertorn.governance.ejb.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.meeting.MeetingRepository;
import se.sodertorn.governance.domain.meeting.MinutesCorrection;
import se.sodertorn.governance.domain.meeting.PaperRepository;
import se.sodertorn.governance.domain.security.Roles;
import se.sodertorn.governance.domain.security.UserAccountRepository;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.ejb.notification.Notifier;
import se.sodertorn.governance.reports.minutes.MinutesDocumentWriter;

/** Default {@link MinutesService}. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
public class MinutesServiceBean implements MinutesService {

    @Inject
    private MeetingRepository meetings;
    @Inject
    private MeetingService records;
    @Inject
    private PaperRepository papers;
    @Inject
    private MeetingCaller caller;
    @Inject
    private Notifier notifier;
    @Inject
    private UserAccountRepository accounts;
    @Inject
    private Clock clock;

    @Override
    public Meeting sendToAdjuster(long meetingId, int version) {
        Meeting meeting = meetings.get(meetingId, version);
        meeting.sendToAdjuster();
        if (accounts.findByPerson(meeting.getAdjuster().getId()).isEmpty()) {
            throw new GovernanceException("meeting.minutes.adjusterWithoutAccount", meeting.getAdjuster().getFullName());
        }
        Meeting saved = meetings.save(meeting);
        notifier.minutesToApprove(saved);
        return saved;
    }

    @Override
    public Meeting returnToDraft(long meetingId, int version) {
        Meeting meeting = meetings.get(meetingId, version);
        meeting.returnToDraft();
        return meetings.save(meeting);
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.DIRECTOR, Roles.MEMBER})
    public Meeting approve(long meetingId, int version) {
        Meeting meeting = meetings.get(meetingId, version);
        meeting.approve(caller.person().orElse(null), caller.username(), LocalDateTime.now(clock));
        Meeting saved = meetings.save(meeting);
        notifier.minutesApproved(saved);
        return saved;
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.DIRECTOR, Roles.MEMBER})
    public Meeting returnFromAdjuster(long meetingId, int version, String comment) {
        Meeting meeting = meetings.get(meetingId, version);
        meeting.returnFromAdjuster(caller.person().orElse(null), comment, LocalDateTime.now(clock));
        Meeting saved = meetings.save(meeting);
        notifier.minutesReturned(saved, comment);
        return saved;
    }

    @Override
    public Meeting publish(long meetingId, int version) {
        Meeting meeting = meetings.get(meetingId, version);
        meeting.publish();
        return meetings.save(meeting);
    }

    @Override
    public MinutesCorrection correct(long meetingId, String text) {
        Meeting meeting = meetings.get(meetingId);
        return meetings.saveCorrection(new MinutesCorrection(meeting, text, caller.username(), caller.displayName(),
                LocalDateTime.now(clock)));
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.DIRECTOR, Roles.MEMBER})
    public String fileName(long meetingId) {
        Meeting meeting = meetings.get(meetingId);
        return MeetingTexts.format("file.minutes", meeting.getBody().getShortName(), meeting.getDay().toString());
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.DIRECTOR, Roles.MEMBER})
    public void writeDocument(long meetingId, OutputStream out) throws IOException {
        new MinutesDocumentWriter().write(MinutesReports.of(records.record(meetingId),
                papers.versionsOfMeeting(meetingId)), out);
    }
}
