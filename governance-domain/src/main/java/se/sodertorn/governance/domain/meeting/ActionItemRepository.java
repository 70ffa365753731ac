package se.sodertorn.governance.domain.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

/** Stored action items. */
public interface ActionItemRepository {

    Optional<ActionItem> find(long id);

    ActionItem save(ActionItem item);

    void remove(ActionItem item);

    /** Items given at the meeting, by item number. */
    List<ActionItem> givenAt(long meetingId);

    /**
     * The outstanding matters of a meeting: items given at earlier meetings of its body that were still open
     * when it met, i.e. open now or closed at this meeting or a later one.
     */
    List<ActionItem> outstandingAt(Meeting meeting);

    /**
     * The register of action items: those matching the filter, a page at a time, counted in the database. The
     * natural order is open first, then by due day (none last), then newest given first.
     */
    Page<ActionItem> search(ActionItemFilter filter, PageRequest request);

    /** A person's open action items, the earliest due first (so the overdue ones lead), undated last. */
    List<ActionItem> openOf(long personId, int limit);

    /** Open action items with a responsible person, due on or before the given day, by person and due day. */
    List<ActionItem> openDueBy(LocalDate lastDay, int limit);
}
