package se.sodertorn.governance.web.view.meetings;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.sodertorn.governance.domain.meeting.AgendaItem;
import se.sodertorn.governance.domain.shared.Text;
import se.sodertorn.governance.ejb.meeting.ItemText;
import se.sodertorn.governance.ejb.meeting.MeetingRecord;
import se.sodertorn.governance.ejb.meeting.MeetingService;
import se.sodertorn.governance.web.i18n.Texts;
import se.sodertorn.governance.web.view.Feedback;

/**
 * The meeting page's agenda: the items' titles and notes, saved together, and items added or removed. What the
 * secretary has typed but not yet saved stays in the form while other parts of the page are saved.
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

    /**
     * Saves every item whose title or notes the secretary changed, together: whichever item's button was pressed,
     * nothing typed in another item is left unsaved or lost.
     */
    public void save() {
        List<ItemText> changed = view.getRecord().agenda().stream().filter(this::isChanged)
                .map(item -> new ItemText(item.getId(), item.getVersion(), titles.get(item.getId()),
                        notes.get(item.getId())))
                .toList();
        if (changed.isEmpty()) {
            Messages.addGlobalInfo(Texts.format(Faces.getLocale(), "agenda.ui.nothingToSave"));
            return;
        }
        List<AgendaItem> saved = meetings.writeItems(view.getId(), changed);
        view.reload();
        Feedback.saved(saved.stream().map(item -> item.getNumber() + ". " + item.getTitle())
                .collect(Collectors.joining(", ")));
    }

    private boolean isChanged(AgendaItem item) {
        return !Objects.equals(Text.strippedOrNull(titles.get(item.getId())), Text.strippedOrNull(item.getTitle()))
                || !Objects.equals(Text.strippedOrNull(notes.get(item.getId())), Text.strippedOrNull(item.getNotes()));
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
