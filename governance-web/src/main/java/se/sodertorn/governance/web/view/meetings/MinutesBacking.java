package se.sodertorn.governance.web.view.meetings;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.ejb.meeting.MinutesService;
import se.sodertorn.governance.web.api.MeetingResource;
import se.sodertorn.governance.web.i18n.Texts;
import se.sodertorn.governance.web.view.Feedback;

/**
 * The minutes' workflow on the meeting page: send to the adjuster, take back, approve (the adjuster in person),
 * publish; corrections once approved; and the minutes as a Word document.
 */
@Named
@ViewScoped
public class MinutesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MinutesService minutes;

    @Inject
    private MeetingBacking view;

    private String correction;
    private String comment;

    public void sendToAdjuster() {
        done(minutes.sendToAdjuster(view.getId(), view.getMeeting().getVersion()));
    }

    public void returnToDraft() {
        done(minutes.returnToDraft(view.getId(), view.getMeeting().getVersion()));
    }

    public void approve() {
        done(minutes.approve(view.getId(), view.getMeeting().getVersion()));
    }

    /** The adjuster sends the minutes back to the secretariat, with the comment written. */
    public void sendBack() {
        minutes.returnFromAdjuster(view.getId(), view.getMeeting().getVersion(), comment);
        comment = null;
        view.reload();
        Messages.addGlobalInfo(Texts.format(Faces.getLocale(), "minutes.ui.status.returned"));
    }

    public void publish() {
        done(minutes.publish(view.getId(), view.getMeeting().getVersion()));
    }

    private void done(Meeting meeting) {
        view.reload();
        Feedback.saved(Texts.format(Faces.getLocale(), "minutes.ui.status." + meeting.getMinutesStatus()));
    }

    public void correct() {
        minutes.correct(view.getId(), correction);
        correction = null;
        view.reload();
        Feedback.saved(Texts.format(Faces.getLocale(), "minutes.ui.correction"));
    }

    /** The minutes as a Word document. */
    public StreamedContent getDocument() {
        long meetingId = view.getId();
        return DefaultStreamedContent.builder()
                .name(minutes.fileName(meetingId))
                .contentType(MeetingResource.DOCX)
                .writer(out -> {
                    try {
                        minutes.writeDocument(meetingId, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }

    /** The adjuster's comment when sending the minutes back. */
    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getCorrection() {
        return correction;
    }

    public void setCorrection(String correction) {
        this.correction = correction;
    }
}
