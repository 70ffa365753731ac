package se.sodertorn.governance.web.view.meetings;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import se.sodertorn.governance.domain.meeting.AgendaItem;
import se.sodertorn.governance.ejb.meeting.MeetingRecord;
import se.sodertorn.governance.ejb.meeting.MeetingService;
import se.sodertorn.governance.web.view.Feedback;

/**
 * The meeting page's agenda: each item's title and notes, saved item by item, and items added or removed. What
 * the secretary has typed but not yet saved stays in the form while other parts of the page are saved.
 */
@Named
@ViewScoped
public class AgendaBacking extends MeetingPagePart {

    private static final long serialVersionUID = 1L;

    @EJB
    private MeetingService meetings;

    private final Map<Long, String> titles = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();
    private String newTitle;
    private Integer newPosition;

    @Override
    void show(MeetingRecord record) {
        for (AgendaItem item : record.agenda()) {
            titles.putIfAbsent(item.getId(), item.getTitle());
            notes.putIfAbsent(item.getId(), item.getNotes());
        }
    }

    public void save(AgendaItem item) {
        AgendaItem saved = meetings.writeItem(item.getId(), item.getVersion(), titles.get(item.getId()),
                notes.get(item.getId()));
        view.reload();
        Feedback.saved(saved.getNumber() + ". " + saved.getTitle());
    }

    public void addItem() {
        AgendaItem added = meetings.addItem(view.getId(), newTitle, newPosition);
        newTitle = null;
        newPosition = null;
        view.reload();
        Feedback.saved(added.getNumber() + ". " + added.getTitle());
    }

    public void removeItem(AgendaItem item) {
        meetings.removeItem(item.getId());
        view.reload();
        Feedback.saved(item.getNumber() + ". " + item.getTitle());
    }

    /** The title of each item (by id) as the form shows it. */
    public Map<Long, String> getTitles() {
        return titles;
    }

    /** The notes of each item (by id) as the form shows them. */
    public Map<Long, String> getNotes() {
        return notes;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }

    public Integer getNewPosition() {
        return newPosition;
    }

    public void setNewPosition(Integer newPosition) {
        this.newPosition = newPosition;
    }
}
