package se.sodertorn.governance.web.view.meetings;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.meeting.MeetingDraft;
import se.sodertorn.governance.domain.meeting.MeetingKind;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.ejb.meeting.MeetingPlanService;
import se.sodertorn.governance.web.view.Feedback;
import se.sodertorn.governance.web.view.RegisterChoices;

/** The meeting plan page's proposal dialog (propose and change a meeting) and its withdraw and cancel actions. */
@Named
@ViewScoped
public class MeetingProposalBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MeetingPlanService plans;

    @Inject
    private MeetingPlanBacking view;

    @Inject
    private RegisterChoices choices;

    private Meeting editing;
    private MeetingDraft draft;

    public void propose() {
        editing = null;
        draft = new MeetingDraft();
    }

    public void edit(Meeting meeting) {
        editing = meeting;
        draft = MeetingDraft.of(meeting);
    }

    public void save() {
        Meeting saved = editing == null ? plans.propose(view.getYear(), draft)
                : plans.change(editing.getId(), editing.getVersion(), draft);
        afterChange(saved);
    }

    public void withdraw(Meeting meeting) {
        plans.withdraw(meeting.getId(), meeting.getVersion());
        afterChange(meeting);
    }

    public void cancel(Meeting meeting) {
        afterChange(plans.cancel(meeting.getId(), meeting.getVersion()));
    }

    private void afterChange(Meeting meeting) {
        view.load();
        Feedback.saved(meeting.getBody().getShortName() + " " + meeting.getDay());
    }

    /** Our own bodies, which meet in the plan; external bodies come in as external calendars. */
    public List<Body> getBodies() {
        return choices.getBodies().stream().filter(body -> !body.isExternal()).toList();
    }

    public MeetingKind[] getKinds() {
        return MeetingKind.values();
    }

    public boolean isEditing() {
        return editing != null;
    }

    public MeetingDraft getDraft() {
        return draft;
    }
}
