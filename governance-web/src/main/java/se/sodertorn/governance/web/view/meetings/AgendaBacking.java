package se.sodertorn.governance.web.view.meetings;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
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
    private final Map<Long, Seen> seen = new HashMap<>();
    private String newTitle;
    private Integer newPosition;

    /**
     * Takes each item's title and notes into the form, except where the form holds text the secretary changed:
     * that stays, still based on the version it was typed on, so that saving it over someone else's newer text is
     * refused instead of overwriting it.
     */
    @Override
    void show(MeetingRecord record) {
        for (AgendaItem item : record.agenda()) {
            Seen before = seen.get(item.getId());
            boolean untouched = before == null || before.matches(titles.get(item.getId()), notes.get(item.getId()));
            if (untouched) {
                take(item);
            }
        }
    }

    private void take(AgendaItem item) {
        titles.put(item.getId(), item.getTitle());
        notes.put(item.getId(), item.getNotes());
        seen.put(item.getId(), new Seen(item.getTitle(), item.getNotes(), item.getVersion()));
    }

    /** An item's title and notes as the form last took them from the record, and the item's version then. */
    private record Seen(String title, String notes, int version) implements Serializable {
        boolean matches(String formTitle, String formNotes) {
            return Objects.equals(Text.strippedOrNull(formTitle), Text.strippedOrNull(title))
                    && Objects.equals(Text.strippedOrNull(formNotes), Text.strippedOrNull(notes));
        }
    }

    /**
     * Saves every item whose title or notes the secretary changed, together: whichever item's button was pressed,
     * nothing typed in another item is left unsaved or lost.
     */
    public void save() {
        List<ItemText> changed = view.getRecord().agenda().stream().filter(this::isChanged)
                .map(item -> new ItemText(item.getId(), seen.get(item.getId()).version(), titles.get(item.getId()),
                        notes.get(item.getId())))
                .toList();
        if (changed.isEmpty()) {
            Messages.addGlobalInfo(Texts.format(Faces.getLocale(), "agenda.ui.nothingToSave"));
            return;
        }
        List<AgendaItem> saved = meetings.writeItems(view.getId(), changed);
        saved.forEach(this::take);
        view.reload();
        Feedback.saved(saved.stream().map(item -> item.getNumber() + ". " + item.getTitle())
                .collect(Collectors.joining(", ")));
    }

    /** Whether the form holds text for the item other than what it took from the record. */
    private boolean isChanged(AgendaItem item) {
        Seen before = seen.get(item.getId());
        return before != null && !before.matches(titles.get(item.getId()), notes.get(item.getId()));
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
        Feedback.removed(item.getNumber() + ". " + item.getTitle());
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
