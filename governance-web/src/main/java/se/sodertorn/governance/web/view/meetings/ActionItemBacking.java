package se.sodertorn.governance.web.view.meetings;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.omnifaces.util.Faces;
import se.sodertorn.governance.domain.meeting.ActionItem;
import se.sodertorn.governance.domain.meeting.ActionItemDraft;
import se.sodertorn.governance.domain.meeting.AgendaItem;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.ejb.meeting.ActionItemService;
import se.sodertorn.governance.ejb.shared.Clocks;
import se.sodertorn.governance.web.i18n.Texts;
import se.sodertorn.governance.web.view.Feedback;

/**
 * The action items on the meeting page: the dialog that gives one at an item (task, responsible, due on a date or
 * in a season such as "början av 2023"), and closing or reopening the outstanding ones at this meeting.
 */
@Named
@ViewScoped
public class ActionItemBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ActionItemService actions;

    @Inject
    private MeetingBacking view;

    private AgendaItem item;
    private ActionItemDraft draft;
    private Person responsible;

    public void add(AgendaItem target) {
        item = target;
        draft = new ActionItemDraft();
        responsible = null;
    }

    public void save() {
        draft.setResponsibleId(responsible == null ? null : responsible.getId());
        ActionItem given = actions.give(item.getId(), draft);
        view.reload();
        Feedback.saved(given.getText());
    }

    public void remove(ActionItem action) {
        actions.remove(action.getId());
        view.reload();
        Feedback.removed(action.getText());
    }

    /** Closes an outstanding item at this meeting ("Klart – avsluta här"). */
    public void close(ActionItem action) {
        actions.close(action.getId(), view.getId());
        view.reload();
        Feedback.saved(action.getText());
    }

    public void reopen(ActionItem action) {
        actions.reopen(action.getId());
        view.reload();
        Feedback.saved(action.getText());
    }

    /** Whether this meeting closed the item. */
    public boolean closedHere(ActionItem action) {
        return action.getClosedAt() != null && action.getClosedAt().getId().equals(view.getId());
    }

    /** An example of a due season, for the field's placeholder: "t.ex. början av" next year. */
    public String getDueExample() {
        return Texts.format(Faces.getLocale(), "action.ui.dueText.example", LocalDate.now(Clocks.SWEDEN).getYear() + 1);
    }

    public AgendaItem getItem() {
        return item;
    }

    public ActionItemDraft getDraft() {
        return draft;
    }

    public Person getResponsible() {
        return responsible;
    }

    public void setResponsible(Person responsible) {
        this.responsible = responsible;
    }
}
