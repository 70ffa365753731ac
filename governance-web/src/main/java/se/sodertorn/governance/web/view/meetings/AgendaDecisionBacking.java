package se.sodertorn.governance.web.view.meetings;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.sodertorn.governance.domain.meeting.AgendaItem;
import se.sodertorn.governance.domain.meeting.Decision;
import se.sodertorn.governance.domain.meeting.DecisionDraft;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.ejb.meeting.DecisionService;
import se.sodertorn.governance.web.view.Feedback;
import se.sodertorn.governance.web.view.RegisterChoices;

/**
 * The dialog on the meeting page that adds, changes and removes a decision of an item: its text, the body it
 * recommends, the recommendation it follows, and whether the municipalities' executive boards must adopt it.
 */
@Named
@ViewScoped
public class AgendaDecisionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DecisionService decisions;

    @Inject
    private RegisterChoices choices;

    @Inject
    private MeetingBacking view;

    private AgendaItem item;
    private Decision editing;
    private DecisionDraft draft;
    private List<Decision> recommendations;

    public void add(AgendaItem target) {
        item = target;
        editing = null;
        draft = new DecisionDraft();
        loadRecommendations();
    }

    public void edit(AgendaItem target, Decision decision) {
        item = target;
        editing = decision;
        draft = DecisionDraft.of(decision);
        loadRecommendations();
    }

    private void loadRecommendations() {
        recommendations = decisions.recommendationsTo(view.getMeeting().getBody().getId());
    }

    public void save() {
        if (editing == null) {
            decisions.add(item.getId(), draft);
        } else {
            decisions.change(editing.getId(), editing.getVersion(), draft);
        }
        view.reload();
        Feedback.saved(item.getNumber() + ". " + item.getTitle());
    }

    public void remove(AgendaItem target, Decision decision) {
        decisions.remove(decision.getId());
        view.reload();
        Feedback.removed(target.getNumber() + ". " + target.getTitle());
    }

    /** The bodies a decision may recommend: the cooperation's own, except the body that meets. */
    public List<Body> getBodies() {
        Long own = view.getMeeting().getBody().getId();
        return choices.getBodies().stream().filter(b -> b.getKind().isOwn() && !b.getId().equals(own)).toList();
    }

    /** Recent recommendations to the body that meets, for a decision to follow. */
    public List<Decision> getRecommendations() {
        return recommendations;
    }

    public AgendaItem getItem() {
        return item;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public DecisionDraft getDraft() {
        return draft;
    }
}
